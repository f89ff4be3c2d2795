import type { StoryView } from "../api/reportTypes";
import { months } from "./chartLogic";

/** "Carla Reyes: daughter starts violin lessons (2 Sep 2026, UTC)", the name falling back to the address. */
export function storyLine(story: Pick<StoryView, "contactName" | "contactEmail" | "summary" | "happenedAt">): string {
  const who = story.contactName.trim() || story.contactEmail;
  const at = new Date(story.happenedAt);
  const when = `${at.getUTCDate()} ${months[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
  return `${who}: ${story.summary} (${when})`;
}
