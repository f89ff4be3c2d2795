import { useState } from "react";
import { Button, Input, Link, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, makeStyles, tokens } from "@fluentui/react-components";
import { api, storiesApi } from "../api/client";
import type { DetailView } from "../api/types";
import { detailIds, kindLabel, mentionsText, safeLink, whenText } from "./cardLogic";

const useStyles = makeStyles({
  item: { display: "flex", gap: "4px", alignItems: "flex-start" },
  body: { display: "flex", flexDirection: "column", gap: "1px", flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  evidence: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  menu: { flexShrink: 0, minWidth: "28px" },
  form: { display: "flex", gap: "4px", flexWrap: "wrap" },
});

/**
 * A remembered detail, rendered as text only: what, when, how often it was said, and its source.
 * Confirm, correct, share as a story (for the manager's pack) and dismiss sit in its "⋯" menu (keyboard reachable: Tab to it, Enter, arrows).
 * A detail shown for several stored ones (mentions merged) acts on them all.
 */
export function DetailItem({ detail, onChanged, label, full = false }: { detail: DetailView; onChanged: () => void; label?: string; full?: boolean }) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [summary, setSummary] = useState(detail.summary);
  const [busy, setBusy] = useState(false);
  const [shared, setShared] = useState<string | null>(null);
  const link = safeLink(detail.source?.webLink);
  const when = whenText(detail);
  const ids = detailIds(detail);
  const others = ids.slice(1);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  const confirmAll = () => act(() => Promise.all(ids.map((id) => api.confirm(id))));
  const dismissAll = () => act(() => Promise.all(ids.map((id) => api.dismiss(id))));
  // Sharing changes nothing on the card: it is only a consent for the manager's pack, said in a line.
  const share = async () => {
    setBusy(true);
    try {
      await storiesApi.share(detail.id);
      setShared("Shared as a story for your manager's report. See or withdraw it on the reports page.");
    } catch (e) {
      setShared(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  // The corrected words stand for every mention; the other stored wordings go.
  const correct = () => act(() => Promise.all([api.correct(detail.id, summary), ...others.map((id) => api.dismiss(id))])).then(() => setEditing(false));

  if (editing) {
    return (
      <form className={styles.form} data-detail-id={detail.id} data-kind={detail.kind} onSubmit={(e) => { e.preventDefault(); void correct(); }}>
        <Input aria-label="Corrected detail" value={summary} onChange={(_, d) => setSummary(d.value)} />
        <Button type="submit" size="small" disabled={busy || !summary.trim()}>Save</Button>
        <Button size="small" onClick={() => setEditing(false)}>Cancel</Button>
      </form>
    );
  }
  return (
    <div className={styles.item} data-detail-id={detail.id} data-kind={detail.kind}>
      <div className={styles.body}>
        <Text>
          <Text weight="semibold">{label ?? kindLabel(detail.kind)}:</Text> <bdi>{detail.summary}</bdi>
          {when && <Text className={styles.muted}> · {when}</Text>}
          {detail.status === "confirmed" && <Text aria-label="confirmed"> ✓</Text>}
          <Text size={200} className={styles.muted} data-testid="mentions">
            {" · "}{mentionsText(detail)}
            {link && <> · <Link href={link} target="_blank" rel="noopener noreferrer">source</Link></>}
          </Text>
        </Text>
        {full && detail.evidence && detail.evidence !== detail.summary && <Text size={200} className={styles.evidence}>“<bdi>{detail.evidence}</bdi>”</Text>}
        {shared && <Text size={200} role="status" className={styles.muted}>{shared}</Text>}
      </div>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button className={styles.menu} size="small" appearance="subtle" disabled={busy} aria-label={`Actions for: ${detail.summary}`}>⋯</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {detail.status !== "confirmed" && <MenuItem onClick={() => void confirmAll()}>Confirm</MenuItem>}
            <MenuItem onClick={() => setEditing(true)}>Correct</MenuItem>
            <MenuItem onClick={() => void dismissAll()}>Dismiss</MenuItem>
            <MenuItem onClick={() => void share()}>Share as a story</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </div>
  );
}
