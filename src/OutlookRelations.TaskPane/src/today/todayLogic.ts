import type { TodayItem, TodayView } from "../api/types";

export interface TodaySection {
  key: string;
  title: string;
  items: TodayItem[];
}

/** The lists worth showing, in the order a person acts on them; empty ones are left out. */
export function todaySections(view: TodayView): TodaySection[] {
  const sections: TodaySection[] = [
    { key: "repliesOwed", title: "Replies you owe", items: view.repliesOwed },
    { key: "promisesDue", title: "Promises due", items: view.promisesDue },
    { key: "dates", title: "Coming up", items: view.dates },
    { key: "justOver", title: "Ask how it went", items: view.justOver },
    { key: "goneQuiet", title: "Gone quiet", items: view.goneQuiet },
  ];
  return sections.filter((s) => s.items.length > 0);
}

/** "Nobody needs a note today" only when every list, meetings included, is empty. */
export const nothingToday = (view: TodayView): boolean =>
  todaySections(view).length === 0 && view.tomorrowsMeetings.length === 0 && (view.news ?? []).length === 0;
