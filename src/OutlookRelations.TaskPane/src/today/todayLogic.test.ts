import { describe, expect, it } from "vitest";
import type { TodayView } from "../api/types";
import { nothingToday, todaySections } from "./todayLogic";

const empty: TodayView = { date: "2026-12-02", dates: [], justOver: [], promisesDue: [], repliesOwed: [], goneQuiet: [], tomorrowsMeetings: [], news: [] };
const item = (email: string) => ({ email, displayName: email, organisation: null, text: `Write to ${email}`, detailId: null, at: null });

describe("today", () => {
  it("orders the lists by what to act on first and leaves out empty ones", () => {
    const view = { ...empty, goneQuiet: [item("q@x.com")], repliesOwed: [item("r@x.com")], dates: [item("b@x.com")] };
    expect(todaySections(view).map((s) => s.title)).toEqual(["Replies you owe", "Coming up", "Gone quiet"]);
  });

  it("has nothing to say only when every list is empty", () => {
    expect(nothingToday(empty)).toBe(true);
    const news = { detailId: 1, news: "NBC is being bought by Comcast", toldByEmail: "d@x.com", toldBy: "Dana", mentionedAt: "2026-11-30T00:00:00Z",
      organisation: "Comcast", people: [], text: "“NBC is being bought by Comcast” — you know 1 person at Comcast: Bo (strong)." };
    expect(nothingToday({ ...empty, news: [news] })).toBe(false);
    expect(nothingToday({ ...empty, tomorrowsMeetings: [{ id: "AAMk1", subject: "Renewal", startAt: "2026-12-03T10:00:00Z", outsiders: [] }] })).toBe(false);
  });
});
