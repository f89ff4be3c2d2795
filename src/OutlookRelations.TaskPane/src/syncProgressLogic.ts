import type { SyncStatus } from "./api/types";

/** What the pane says about the mailbox's own progress, if anything: why cards may be thin right now. */
export interface SyncNotice {
  message: string;
  /** 0–1 when the work's size is known; absent for the first sync, whose size is not. */
  value?: number;
}

export function syncNotice(status: SyncStatus | null): SyncNotice | null {
  if (status?.state === "running") {
    return { message: `Reading your mailbox for the first time: ${status.items.toLocaleString()} items so far.` };
  }
  const rederive = status?.rederive;
  if (rederive && rederive.total > 0) {
    return { message: `${rederive.message}. Some details may be missing until it finishes.`, value: Math.min(1, rederive.done / rederive.total) };
  }
  return null;
}

/** Keep asking while either the sync or a re-read is under way. */
export function stillWorking(status: SyncStatus | null): boolean {
  return status?.state === "running" || !!status?.rederive;
}
