import type { MailboxSyncHealth, SyncVerdict } from "../api/adminTypes";

/** The verdict as the table says it. */
export const verdictLabel: Record<SyncVerdict, string> = {
  failing: "Failing",
  stalled: "Stalled",
  catchingUp: "Catching up",
  healthy: "Healthy",
};

/** A lag in the largest unit that reads well: "none", "4 min", "3 h", "2 d"; unknown before Graph was asked. */
export function lagText(seconds: number | null): string {
  if (seconds === null) return "not known yet";
  if (seconds < 60) return "none";
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} d`;
}

/** The latest round in words: a round that finished behind Graph is never called succeeded. */
export function lastRoundText(m: MailboxSyncHealth): string {
  switch (m.lastOutcome) {
    case null: return "Never synced";
    case "running": return "Running";
    case "succeeded": return "Succeeded";
    case "behind": return "Finished, but Graph has newer mail";
    case "failed": return m.consecutiveFailures > 1 ? `Failed (${m.consecutiveFailures} in a row)` : "Failed";
  }
}

export function subscriptionText(m: MailboxSyncHealth): string {
  switch (m.subscription) {
    case "off": return "Off for this server";
    case "none": return "None";
    case "expired": return "Expired";
    case "active": return m.subscriptionExpiresAt ? `Until ${new Date(m.subscriptionExpiresAt).toLocaleString()}` : "Active";
  }
}
