import { useEffect, useState } from "react";
import { ProgressBar, Field } from "@fluentui/react-components";
import { api } from "./api/client";
import type { SyncStatus } from "./api/types";

/** Polls the mailbox sync while it runs, so the pane can say why cards may be thin. */
export function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const next = await api.syncStatus().catch(() => null);
      if (stopped) return;
      setStatus(next);
      if (next?.state === "running") setTimeout(poll, 2000);
    };
    void poll();
    return () => { stopped = true; };
  }, []);
  return status;
}

export function SyncProgress({ status }: { status: SyncStatus | null }) {
  if (status?.state !== "running") return null;
  return (
    <Field validationMessage={`Reading your mailbox for the first time: ${status.items.toLocaleString()} items so far.`} validationState="none">
      <ProgressBar aria-label="Mailbox sync in progress" />
    </Field>
  );
}
