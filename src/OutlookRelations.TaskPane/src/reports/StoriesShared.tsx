import { useCallback, useEffect, useState } from "react";
import { Button, Card, Text, makeStyles, tokens } from "@fluentui/react-components";
import { storiesApi } from "../api/client";
import type { StoryView } from "../api/reportTypes";
import { storyLine } from "./storyLogic";

const useStyles = makeStyles({
  story: { display: "flex", gap: "8px", alignItems: "flex-start", justifyContent: "space-between" },
  body: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * "Stories I shared": the conversations this person chose to share for their manager's pack, each
 * with a way to withdraw it (which also deletes any stored report that showed it).
 */
export function StoriesShared() {
  const styles = useStyles();
  const [stories, setStories] = useState<StoryView[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStories(await storiesApi.mine());
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const withdraw = async (story: StoryView) => {
    try {
      await storiesApi.withdraw(story.id);
      setMessage(`Withdrawn: “${story.summary}” is in no report any more.`);
      await refresh();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Card aria-label="Stories I shared">
      <Text weight="semibold">Stories I shared</Text>
      <Text size={200} className={styles.muted}>
        Nothing is shared unless you share it: choose “Share as a story” in a detail's menu in Outlook. Your manager's report then
        shows the small talk and what came of it. Withdraw a story here and it leaves every stored report too.
      </Text>
      {stories?.length === 0 && <Text>You have not shared any stories.</Text>}
      {stories?.map((story) => (
        <div key={story.id} className={styles.story} data-story-id={story.id}>
          <div className={styles.body}>
            <Text><bdi>{storyLine(story)}</bdi></Text>
            {story.evidence && story.evidence !== story.summary && <Text size={200} className={styles.muted}>“<bdi>{story.evidence}</bdi>”</Text>}
          </div>
          <Button size="small" onClick={() => void withdraw(story)} aria-label={`Withdraw: ${story.summary}`}>Withdraw</Button>
        </div>
      ))}
      {message && <Text role="status">{message}</Text>}
    </Card>
  );
}
