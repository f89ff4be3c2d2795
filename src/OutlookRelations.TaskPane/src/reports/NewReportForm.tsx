import { useEffect, useState } from "react";
import { Button, Card, Field, Input, Select, Switch, Text, makeStyles } from "@fluentui/react-components";
import { reportsApi } from "../api/client";
import type { Me, ReportScope } from "../api/reportTypes";
import { allowedScopes, scopeLabel } from "./reportLogic";

const useStyles = makeStyles({
  row: { display: "flex", gap: "12px", flexWrap: "wrap", alignItems: "flex-end" },
});

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function NewReportForm({ me, onCreated }: { me: Me; onCreated: () => Promise<void> }) {
  const styles = useStyles();
  const scopes = allowedScopes(me.roles);
  const [scope, setScope] = useState<ReportScope>("me");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [weekly, setWeekly] = useState<ReportScope | null>(null);

  useEffect(() => {
    if (scopes.length > 1) reportsApi.schedule().then((s) => setWeekly(s.scheduled ? s.scope : null), () => undefined);
  }, [scopes.length]);

  const create = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await reportsApi.create(scope, from || null, to || null, timeZone);
      await onCreated();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  // The switch moves at once; if the server refuses, it moves back and says why.
  const toggleWeekly = async (on: boolean) => {
    const before = weekly;
    setWeekly(on ? scope : null);
    try {
      if (on) setWeekly((await reportsApi.setSchedule(scope, timeZone)).scope);
      else await reportsApi.clearSchedule();
    } catch (e) {
      setWeekly(before);
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Card>
      <Text weight="semibold">New report for {me.displayName}</Text>
      <form className={styles.row} onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <Field label="Whose relationships">
          <Select value={scope} onChange={(_, d) => setScope(d.value as ReportScope)}>
            {scopes.map((s) => <option key={s} value={s}>{scopeLabel[s]}</option>)}
          </Select>
        </Field>
        <Field label="From" hint="blank: 90 days">
          <Input type="date" value={from} onChange={(_, d) => setFrom(d.value)} />
        </Field>
        <Field label="To" hint="blank: today">
          <Input type="date" value={to} onChange={(_, d) => setTo(d.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>Build report</Button>
      </form>
      {problem && <Text role="alert">{problem}</Text>}
      {scopes.length > 1 && (
        <Switch
          checked={weekly !== null}
          onChange={(_, d) => void toggleWeekly(d.checked)}
          label={weekly ? `A ${scopeLabel[weekly].toLowerCase()} report is built every Monday` : "Build this report every Monday"}
        />
      )}
    </Card>
  );
}
