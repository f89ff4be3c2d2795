import { useCallback, useEffect, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { api } from "./api/client";
import type { Card } from "./api/types";
import { RecipientCard } from "./cards/RecipientCard";
import { CardSkeleton } from "./cards/CardSkeleton";
import { PreviewBar } from "./PreviewBar";
import { SyncProgress, useSyncStatus } from "./SyncProgress";
import { type Host, detectHost, onRecipientsChanged, readRecipients } from "./host/officeHost";
import { parseAddresses } from "./cards/cardLogic";
import { TodayPanel } from "./today/TodayPanel";
import { MeetingBriefView } from "./meetings/MeetingBriefView";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", maxWidth: "720px", boxSizing: "border-box" },
  title: { fontWeight: tokens.fontWeightSemibold },
});

// ?preview=a@x.com,b@y.com pre-fills preview mode.
const previewFromUrl = () => parseAddresses(new URLSearchParams(window.location.search).get("preview") ?? "").valid;

export function App() {
  const styles = useStyles();
  const [host, setHost] = useState<Host | null>(null);
  const [recipients, setRecipients] = useState<string[]>(previewFromUrl);
  const [cards, setCards] = useState<Card[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sync = useSyncStatus();

  useEffect(() => {
    void detectHost().then(setHost);
  }, []);

  useEffect(() => {
    if (host?.kind !== "outlook") return;
    const refresh = () => void readRecipients(host).then(setRecipients);
    refresh();
    onRecipientsChanged(host, refresh);
  }, [host]);

  // Cards already shown stay while a reload runs; only recipients without a card get a skeleton.
  const load = useCallback(async () => {
    setError(null);
    if (recipients.length === 0) {
      setCards([]);
      return;
    }
    try {
      setCards(await api.cards(recipients));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [recipients]);

  useEffect(() => {
    void load();
  }, [load]);

  // When the first mailbox sync finishes, the cards have more to say.
  const lastSyncState = useRef(sync?.state);
  useEffect(() => {
    if (lastSyncState.current === "running" && sync?.state !== "running") void load();
    lastSyncState.current = sync?.state;
  }, [sync?.state, load]);

  if (host?.kind === "outlook" && host.mode === "meeting") {
    return (
      <main className={styles.pane}>
        <SyncProgress status={sync} />
        <MeetingBriefView meetingId={host.meetingId} />
      </main>
    );
  }

  const shown = (cards ?? []).filter((c) => recipients.includes(c.email));
  const waiting = error ? [] : recipients.filter((r) => !shown.some((c) => c.email === r));
  const nobodyKnown = shown.length > 0 && waiting.length === 0 && shown.every((c) => !c.known);
  return (
    <main className={styles.pane} aria-busy={waiting.length > 0}>
      <Text as="h1" size={400} className={styles.title}>Who you are writing to</Text>
      {host?.kind !== "outlook" && <PreviewBar recipients={recipients} onChange={setRecipients} />}
      <SyncProgress status={sync} />
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Could not load the cards.</MessageBarTitle> {error}{" "}
            <Button size="small" onClick={() => void load()}>Retry</Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {waiting.map((r) => <CardSkeleton key={r} />)}
      {recipients.length === 0 && <Text>Add a recipient to see what you know about them.</Text>}
      {recipients.length === 0 && <TodayPanel onPick={(email) => setRecipients([email])} />}
      {nobodyKnown && <Text>Nobody here is known yet: no mail or meetings with them so far.</Text>}
      {shown.map((card) => <RecipientCard key={card.email} card={card} onChanged={load} />)}
    </main>
  );
}
