import { Badge, Card as FluentCard, CardHeader, Divider, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Card } from "../api/types";
import { bestOpener, lastContactText, meetingTime, reciprocityText, waitingText } from "./cardLogic";
import { Sparkline } from "./Sparkline";
import { DetailItem } from "./DetailItem";
import { RememberForm } from "./RememberForm";

const useStyles = makeStyles({
  card: { width: "100%", boxSizing: "border-box" },
  opener: { backgroundColor: tokens.colorBrandBackground2, padding: "6px 8px", borderRadius: tokens.borderRadiusMedium },
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: "18px" },
});

/** One recipient: the best opener, what you know, open loops, and how the relationship stands. */
export function RecipientCard({ card, onChanged }: { card: Card; onChanged: () => void }) {
  const styles = useStyles();
  const opener = bestOpener(card);
  const last = lastContactText(card, new Date());
  return (
    <FluentCard className={styles.card} aria-label={`Card for ${card.displayName}`} data-email={card.email}>
      <CardHeader
        header={<Text weight="semibold">{card.displayName}</Text>}
        description={<Text className={styles.muted}>{[card.organisation, card.email].filter(Boolean).join(" · ")}</Text>}
        action={card.known ? undefined : <Badge appearance="outline">New contact</Badge>}
      />
      {opener && <Text className={styles.opener} data-testid="opener">{opener}</Text>}

      {card.details.length > 0 && (
        <section className={styles.section} aria-label="What you know">
          {card.details.map((d) => <DetailItem key={d.id} detail={d} onChanged={onChanged} />)}
        </section>
      )}

      {(card.promises.byYou.length > 0 || card.promises.byThem.length > 0 || card.awaitingReply.length > 0 || card.nextMeeting) && (
        <section className={styles.section} aria-label="Open loops">
          <Divider />
          {card.awaitingReply.map((a) => (
            <Text key={a.sentAt + a.subject} data-testid="awaiting">
              <Text weight="semibold">Waiting for your reply:</Text> {a.subject} ({waitingText(a.sentAt, new Date())})
              {a.question && <Text size={200} className={styles.muted} block>“{a.question}”</Text>}
            </Text>
          ))}
          {card.nextMeeting && (
            <Text data-testid="next-meeting">
              <Text weight="semibold">Next meeting:</Text> {card.nextMeeting.subject}, {meetingTime(card.nextMeeting.startAt)}
            </Text>
          )}
          {card.promises.byYou.map((d) => <DetailItem key={d.id} detail={d} onChanged={onChanged} label="You promised" />)}
          {card.promises.byThem.map((d) => <DetailItem key={d.id} detail={d} onChanged={onChanged} label="They promised" />)}
        </section>
      )}

      {card.known && (
        <section className={styles.section} aria-label="Relationship">
          <Divider />
          {last && <Text>Last contact: {last}</Text>}
          <Text className={styles.muted}>
            {reciprocityText(card)} · {card.meetingsTogether} meeting{card.meetingsTogether === 1 ? "" : "s"} together
          </Text>
          {card.trend.some((n) => n > 0) && <Sparkline values={card.trend} />}
          {card.network.length > 0 && (
            <Text size={200} data-testid="network">
              Also at {card.organisation}: {card.network.map((p) => p.displayName).join(", ")}
            </Text>
          )}
          {card.recentSubjects.length > 0 && (
            <ul className={styles.list} aria-label="Recent conversations">
              {card.recentSubjects.map((s) => <li key={s.sentAt + s.subject}><Text size={200}>{s.subject}</Text></li>)}
            </ul>
          )}
        </section>
      )}
      <RememberForm email={card.email} onSaved={onChanged} />
    </FluentCard>
  );
}
