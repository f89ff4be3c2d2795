import { useCallback, useEffect, useState } from "react";
import { MessageBar, MessageBarBody, Text, makeStyles } from "@fluentui/react-components";
import { adminApi } from "../api/client";
import type { AuditEntry, MailboxSyncHealth, TenantSettings } from "../api/adminTypes";
import { SettingsForm } from "./SettingsForm";
import { AuditLog } from "./AuditLog";
import { SyncHealthTable } from "./SyncHealthTable";
import { Offboarding } from "./Offboarding";
import { JobsLink } from "./JobsLink";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: "16px", padding: "24px", maxWidth: "960px", margin: "0 auto", boxSizing: "border-box" },
});

/** /admin.html: each mailbox's sync health, the tenant's data controls, offboarding and the audit log (Relations.Admin only; the server checks). */
export function AdminPage() {
  const styles = useStyles();
  const [settings, setSettings] = useState<TenantSettings | null>(null);
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [health, setHealth] = useState<MailboxSyncHealth[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [s, a, h] = await Promise.all([adminApi.settings(), adminApi.audit(), adminApi.syncHealth()]);
      setSettings(s);
      setAudit(a);
      setHealth(h);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => void load(), [load]);

  return (
    <main className={styles.page}>
      <Text as="h1" size={700} weight="semibold">Data controls</Text>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {settings && <SyncHealthTable mailboxes={health} />}
      {settings && <SettingsForm settings={settings} onSaved={load} />}
      {settings && <Offboarding onDone={load} />}
      {settings && <AuditLog entries={audit} />}
      {settings && <JobsLink />}
    </main>
  );
}
