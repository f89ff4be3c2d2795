// The server's /api/admin shapes, from its API document (generated/openapi.ts): never edit a shape here.
import type { components } from "./generated/openapi";

/**
 * `readDeletedItems`: sync reads Deleted Items unless turned off (docs/deploy.md says why).
 * `metadataOnly`: no message text is read, nothing is remembered; left out of a save, it stays as it is.
 */
export type TenantSettings = components["schemas"]["SettingsView"];
export type AuditEntry = components["schemas"]["AuditView"];

/** What a detail can be about; a hand-written note ("note") is not a kind the settings collect. */
export type ArtifactKind = Exclude<components["schemas"]["DetailView"]["kind"], "note">;

export const allKinds: ArtifactKind[] = ["birthday", "anniversary", "family", "pet", "interest", "preference", "travel", "life_event", "work_change", "company_news", "feedback", "commitment"];

/** One mailbox's sync health (GET /api/admin/sync), the mailboxes in trouble first. */
export type MailboxSyncHealth = components["schemas"]["MailboxSyncHealth"];
export type SyncVerdict = components["schemas"]["SyncVerdict"];
