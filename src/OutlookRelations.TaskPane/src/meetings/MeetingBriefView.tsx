import { useCallback, useEffect, useState } from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ApiError, api } from "../api/client";
import type { MeetingBrief } from "../api/types";
import { meetingTime } from "../cards/cardLogic";
import { RecipientCard } from "../cards/RecipientCard";
import { CardSkeleton } from "../cards/CardSkeleton";

const useStyles = makeStyles({
  brief: { display: "flex", flexDirection: "column", gap: "10px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** On a calendar item: before you meet, a card per attendee from outside; people nobody has written to are marked new. */
export function MeetingBriefView({ meetingId }: { meetingId: string }) {
  const styles = useStyles();
  const [brief, setBrief] = useState<MeetingBrief | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(() => {
    api.meetingBrief(meetingId).then(setBrief, (e: unknown) =>
      setProblem(e instanceof ApiError && e.status === 404 ? "This meeting is not synced yet: its brief appears after the next sync." : String(e instanceof Error ? e.message : e)));
  }, [meetingId]);
  useEffect(load, [load]);

  if (problem) return <Text className={styles.muted} data-testid="brief-problem">{problem}</Text>;
  if (!brief) return <CardSkeleton />;
  return (
    <section className={styles.brief} aria-label="Meeting brief">
      <Text weight="semibold">Before you meet: <bdi>{brief.subject}</bdi>, {meetingTime(brief.startAt)}</Text>
      {brief.cancelled && <Text className={styles.muted}>This meeting was cancelled.</Text>}
      {brief.outsiders.length === 0 && <Text className={styles.muted}>Only colleagues are invited.</Text>}
      {brief.outsiders.map((a) => (
        <div key={a.card.email} data-testid="brief-attendee">
          {a.new && <Badge appearance="tint" color="informative">New: you have not written to each other yet</Badge>}
          <RecipientCard card={a.card} onChanged={load} />
        </div>
      ))}
      {brief.colleagues.length > 0 && (
        <Text size={200} className={styles.muted}>
          Colleagues: {brief.colleagues.map((p, i) => <span key={p.email}>{i > 0 && ", "}<bdi>{p.displayName}</bdi></span>)}
        </Text>
      )}
    </section>
  );
}
