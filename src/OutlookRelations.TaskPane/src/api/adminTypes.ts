// The server's /api/admin shapes.

export interface TenantSettings {
  mailboxGroupId: string | null;
  excludedDomains: string[];
  excludedAddresses: string[];
  collectedKinds: string[];
  collectSensitive: boolean;
  interactionRetentionDays: number | null;
  detailRetentionDays: number | null;
  reportsIncludeTalkingPoints: boolean;
  /** Sync reads Deleted Items (on unless turned off; docs/deploy.md says why). */
  readDeletedItems?: boolean;
  updatedAt?: string | null;
  updatedBy?: string | null;
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  target: string;
  details: string;
}

export const allKinds = ["birthday", "anniversary", "family", "pet", "interest", "preference", "travel", "life_event", "work_change", "company_news", "feedback", "commitment"];
