import { useState } from "react";
import { Badge, Button, Card as FluentCard, CardHeader, Divider, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Card } from "../api/types";
import { bestOpener, factsLine, meetingTime, newsLines, reciprocityText, splitHighlights, waitingText } from "./cardLogic";
import { Sparkline } from "./Sparkline";
import { DetailItem } from "./DetailItem";
import { RememberForm } from "./RememberForm";
import { WarmPathsLine } from "./WarmPathsLine";

const useStyles = makeStyles({
  card: { width: "100%", boxSizing: "border-box", rowGap: "8px" },
  name: { overflowWrap: "anywhere" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  opener: { backgroundColor: tokens.colorBrandBackground2, padding: "6px 8px", borderRadius: tokens.borderRadiusMedium },
  section: { display: "flex", flexDirection: "column", gap: "6px" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: "18px" },
  more: { alignSelf: "flex-start", paddingLeft: 0, minWidth: 0 },
});

/**
 * One recipient, read in three seconds: one thing to say, at most three highlights with their
 * source, one line on how the relationship is going. Everything else is behind "More".
 * Names and every other text from mail are isolated (<bdi>) so a right-to-left override in one
 * cannot reverse its neighbours.
 */
export function RecipientCard({ card, onChanged }: { card: Card; onChanged: () => void }) {
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const opener = bestOpener(card);
  const { highlights, rest } = splitHighlights(card);
  const facts = factsLine(card);
  const loops = card.awaitingReply.length + card.promises.byYou.length + card.promises.byThem.length;
  const hasMore = card.known && (rest.length > 0 || loops > 0 || !!card.nextMeeting || card.network.length > 0 || card.recentSubjects.length > 0 || card.trend.some((n) => n > 0));
  const subtitle = card.known ? card.organisation : null;
  return (
    <FluentCard className={styles.card} aria-label={`Card for ${card.displayName}`} data-email={card.email}>
      <CardHeader
        header={<Text weight="semibold" className={styles.name}><bdi>{card.displayName}</bdi></Text>}
        description={subtitle ? <Text className={styles.muted}><bdi>{subtitle}</bdi></Text> : undefined}
        action={card.known || card.problem ? undefined : <Badge className={styles.badge} appearance="outline">New contact</Badge>}
      />
      {card.problem && (
        <MessageBar intent="warning" data-testid="card-problem">
          <MessageBarBody>{card.problem}</MessageBarBody>
        </MessageBar>
      )}
      {opener && <Text className={styles.opener} data-testid="opener">{opener}</Text>}

      {highlights.length > 0 && (
        <section className={styles.section} aria-label="What you know">
          {highlights.map((d) => <DetailItem key={d.id} detail={d} onChanged={onChanged} full={expanded} />)}
        </section>
      )}

      {facts.length > 0 && <Text size={200} className={styles.muted} data-testid="facts">{facts.join(" · ")}</Text>}
      <WarmPathsLine card={card} />
      {newsLines(card).map((n) => (
        <Text key={n.id} size={200} data-testid="card-news">In the news: “<bdi>{n.news}</bdi>” (<bdi>{n.told}</bdi>)</Text>
      ))}

      {hasMore && (
        <Button className={styles.more} appearance="transparent" size="small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? "Less" : `More${loops > 0 ? ` (${loops} open loop${loops === 1 ? "" : "s"})` : ""}`}
        </Button>
      )}

      {expanded && (
        <>
          {rest.length > 0 && (
            <section className={styles.section} aria-label="More you know">
              {rest.map((d) => <DetailItem key={d.id} detail={d} onChanged={onChanged} full />)}
            </section>
          )}
          {(loops > 0 || card.nextMeeting) && (
            <section className={styles.section} aria-label="Open loops">
              <Divider />
              {card.awaitingReply.map((a) => (
                <Text key={a.sentAt + a.subject} data-testid="awaiting">
                  <Text weight="semibold">Waiting for your reply:</Text> <bdi>{a.subject}</bdi> ({waitingText(a.sentAt, new Date())})
                  {a.question && <Text size={200} className={styles.muted} block>“<bdi>{a.question}</bdi>”</Text>}
                </Text>
              ))}
              {card.nextMeeting && (
                <Text data-testid="next-meeting">
                  <Text weight="semibold">Next meeting:</Text> <bdi>{card.nextMeeting.subject}</bdi>, {meetingTime(card.nextMeeting.startAt)}
                </Text>
              )}
              {card.promises.byYou.map((d) => <DetailItem key={d.id} detail={d} onChanged={onChanged} label="You promised" full />)}
              {card.promises.byThem.map((d) => <DetailItem key={d.id} detail={d} onChanged={onChanged} label="They promised" full />)}
            </section>
          )}
          <section className={styles.section} aria-label="Relationship">
            <Divider />
            <Text size={200} className={styles.muted}>
              {reciprocityText(card)} · {card.meetingsTogether} meeting{card.meetingsTogether === 1 ? "" : "s"} together
            </Text>
            {card.trend.some((n) => n > 0) && <Sparkline values={card.trend} />}
            {card.network.length > 0 && (
              <Text size={200} data-testid="network">
                Also at <bdi>{card.organisation}</bdi>: {card.network.map((p, i) => <span key={p.email}>{i > 0 && ", "}<bdi>{p.displayName}</bdi></span>)}
              </Text>
            )}
            {card.recentSubjects.length > 0 && (
              <ul className={styles.list} aria-label="Recent conversations">
                {card.recentSubjects.map((s) => <li key={s.sentAt + s.subject}><Text size={200}><bdi>{s.subject}</bdi></Text></li>)}
              </ul>
            )}
          </section>
        </>
      )}
      {!card.problem && (!card.known || expanded || !hasMore) && <RememberForm email={card.email} onSaved={onChanged} />}
    </FluentCard>
  );
}
