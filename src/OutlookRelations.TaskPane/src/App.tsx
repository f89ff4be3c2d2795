import { useCallback, useEffect, useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { api } from "./api/client";
import type { Card } from "./api/types";
import { RecipientCard } from "./cards/RecipientCard";
import { CardSkeleton } from "./cards/CardSkeleton";
import { PreviewBar } from "./PreviewBar";
import { SyncProgress, useSyncStatus } from "./SyncProgress";
import { type Host, detectHost, onRecipientsChanged, readRecipients } from "./host/officeHost";
import { parseAddresses } from "./cards/cardLogic";

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

  const load = useCallback(async () => {
    if (recipients.length === 0) {
      setCards([]);
      return;
    }
    setCards(null);
    setError(null);
    try {
      setCards(await api.cards(recipients));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setCards([]);
    }
  }, [recipients]);

  useEffect(() => {
    void load();
  }, [load, sync?.state]);

  const nobodyKnown = cards !== null && cards.length > 0 && cards.every((c) => !c.known);
  return (
    <main className={styles.pane} aria-busy={cards === null}>
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
      {cards === null && recipients.map((r) => <CardSkeleton key={r} />)}
      {recipients.length === 0 && <Text>Add a recipient to see what you know about them.</Text>}
      {nobodyKnown && <Text>Nobody here is known yet: no mail or meetings with them so far.</Text>}
      {cards?.map((card) => <RecipientCard key={card.email} card={card} onChanged={load} />)}
    </main>
  );
}
