import { useState } from "react";
import { Button, Input, Link, Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { api } from "../api/client";
import type { DetailView } from "../api/types";
import { kindLabel, safeLink, whenText } from "./cardLogic";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: "2px" },
  evidence: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  actions: { display: "flex", gap: "4px", flexWrap: "wrap" },
});

/** A remembered detail: rendered as text only, with confirm, correct and dismiss. */
export function DetailItem({ detail, onChanged, label }: { detail: DetailView; onChanged: () => void; label?: string }) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [summary, setSummary] = useState(detail.summary);
  const [busy, setBusy] = useState(false);
  const link = safeLink(detail.source?.webLink);
  const when = whenText(detail);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.item} data-detail-id={detail.id} data-kind={detail.kind}>
      <Text>
        <Text weight="semibold">{label ?? kindLabel(detail.kind)}:</Text> {detail.summary}
        {when && <Text className={styles.evidence}> ({when})</Text>}
        {detail.status === "confirmed" && <Text aria-label="confirmed"> ✓</Text>}
      </Text>
      {detail.evidence && detail.evidence !== detail.summary && <Text size={200} className={styles.evidence}>“{detail.evidence}”</Text>}
      {link && <Link href={link} target="_blank" rel="noopener noreferrer">Open the message ({new Date(detail.mentionedAt).toLocaleDateString()})</Link>}
      {editing ? (
        <form className={styles.actions} onSubmit={(e) => { e.preventDefault(); void act(() => api.correct(detail.id, summary)).then(() => setEditing(false)); }}>
          <Input aria-label="Corrected detail" value={summary} onChange={(_, d) => setSummary(d.value)} />
          <Button type="submit" size="small" disabled={busy || !summary.trim()}>Save</Button>
          <Button size="small" onClick={() => setEditing(false)}>Cancel</Button>
        </form>
      ) : (
        <div className={styles.actions}>
          {detail.status !== "confirmed" && (
            <Tooltip content="This is right" relationship="description">
              <Button size="small" disabled={busy} onClick={() => void act(() => api.confirm(detail.id))}>Confirm</Button>
            </Tooltip>
          )}
          <Button size="small" disabled={busy} onClick={() => setEditing(true)}>Correct</Button>
          <Tooltip content="Never show this again" relationship="description">
            <Button size="small" disabled={busy} onClick={() => void act(() => api.dismiss(detail.id))}>Dismiss</Button>
          </Tooltip>
        </div>
      )}
    </div>
  );
}
