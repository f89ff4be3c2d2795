import { useEffect, useState } from "react";
import { Link, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { api } from "../api/client";
import type { TodayView } from "../api/types";
import { meetingTime } from "../cards/cardLogic";
import { DigestSwitch } from "./DigestSwitch";
import { ShareNetworkSwitch } from "./ShareNetworkSwitch";
import { nothingToday, todaySections } from "./todayLogic";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "10px" },
  section: { display: "flex", flexDirection: "column", gap: "4px" },
  item: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Who is worth a note today, with nothing open in Outlook: each person with the words to use.
 * Picking a name shows their card. Every text came from mail: rendered as text, names isolated.
 */
export function TodayPanel({ onPick }: { onPick: (email: string) => void }) {
  const styles = useStyles();
  const [view, setView] = useState<TodayView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.today().then(setView, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (error) return <Text className={styles.muted}>Today's list could not load: {error}</Text>;
  if (!view) return <Spinner size="tiny" label="Who is worth a note today…" />;
  return (
    <section className={styles.panel} aria-label="Today">
      <Text weight="semibold">Worth a note today</Text>
      {nothingToday(view) && <Text className={styles.muted}>Nobody needs a note today.</Text>}
      {todaySections(view).map((s) => (
        <section key={s.key} className={styles.section} aria-label={s.title} data-testid={`today-${s.key}`}>
          <Text size={200} weight="semibold" className={styles.muted}>{s.title}</Text>
          {s.items.map((i) => (
            <Text key={i.email + i.text} className={styles.item}>
              <Link onClick={() => onPick(i.email)}><bdi>{i.displayName}</bdi></Link>: {i.text}
            </Text>
          ))}
        </section>
      ))}
      {(view.news ?? []).length > 0 && (
        <section className={styles.section} aria-label="News about people you know" data-testid="today-news">
          <Text size={200} weight="semibold" className={styles.muted}>News about people you know</Text>
          {view.news.map((n) => (
            <Text key={`${n.detailId}-${n.organisation}`} className={styles.item}>
              <Link onClick={() => onPick(n.toldByEmail)}><bdi>{n.toldBy}</bdi></Link> told you: <bdi>{n.text}</bdi>
            </Text>
          ))}
        </section>
      )}
      {view.tomorrowsMeetings.length > 0 && (
        <section className={styles.section} aria-label="Tomorrow's meetings" data-testid="today-meetings">
          <Text size={200} weight="semibold" className={styles.muted}>Tomorrow's meetings with people from outside</Text>
          {view.tomorrowsMeetings.map((m) => (
            <Text key={m.subject + m.startAt} className={styles.item}>
              <bdi>{m.subject}</bdi>, {meetingTime(m.startAt)}:{" "}
              {m.outsiders.map((p, n) => <span key={p.email}>{n > 0 && ", "}<Link onClick={() => onPick(p.email)}><bdi>{p.displayName}</bdi></Link></span>)}
            </Text>
          ))}
        </section>
      )}
      <DigestSwitch />
      <ShareNetworkSwitch />
    </section>
  );
}
