import { useEffect, useState } from "react";
import { ProgressBar, Field } from "@fluentui/react-components";
import { api } from "./api/client";
import type { SyncStatus } from "./api/types";
import { stillWorking, syncNotice } from "./syncProgressLogic";

/** Polls the mailbox sync (and any re-read for a new memory engine) while it runs, so the pane can say why cards may be thin. */
export function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const next = await api.syncStatus().catch(() => null);
      if (stopped) return;
      setStatus(next);
      if (stillWorking(next)) setTimeout(poll, 2000);
    };
    void poll();
    return () => { stopped = true; };
  }, []);
  return status;
}

export function SyncProgress({ status }: { status: SyncStatus | null }) {
  const notice = syncNotice(status);
  if (!notice) return null;
  return (
    <Field validationMessage={notice.message} validationState="none">
      <ProgressBar aria-label="Mailbox sync in progress" value={notice.value} />
    </Field>
  );
}
