import { describe, expect, it } from "vitest";
import type { Card, DetailView } from "../api/types";
import { bestOpener, calendarDate, daysSince, describeDays, detailIds, factsLine, lastContactText, meetingTime, mentionsText, parseAddresses, safeLink, sparklinePoints, splitHighlights, newsLines, waitingText, warmPaths, whenText } from "./cardLogic";

const detail = (overrides: Partial<DetailView>): DetailView => ({
  id: 1, kind: "family", summary: "daughter Emma", evidence: "My daughter Emma…", date: null, mentionedAt: "2026-11-01T00:00:00Z",
  mentions: 1, confidence: 0.8, sensitive: false, status: "active", origin: "extracted",
  freshness: { state: "standing", when: null, daysAway: null }, source: null, firstMentionedAt: "2026-10-01T00:00:00Z", alsoIds: [], ...overrides,
});

const card = (overrides: Partial<Card>): Card => ({
  email: "carla@contoso.example", known: true, displayName: "Carla", organisation: "Contoso",
  firstContactAt: "2026-01-01T00:00:00Z", lastContactAt: "2026-08-21T00:00:00Z",
  messagesToContact: 6, messagesFromContact: 5, meetingsTogether: 2, strength: 1.5,
  recentSubjects: [], details: [], promises: { byYou: [], byThem: [] }, awaitingReply: [], nextMeeting: null, trend: [], network: [],
  opener: null, rhythm: { usualGapDays: 21, daysSinceContact: 94, quietLongerThanUsual: true, threadsYouStarted: 2, threadsTheyStarted: 5, meetingsThisYear: 2 },
  problem: null, ...overrides,
});

describe("parseAddresses", () => {
  it("keeps order, lower-cases, drops duplicates and reports what is not an address", () => {
    expect(parseAddresses("B@Contoso.com; a@x.org, b@contoso.com  nope <x@y.z>")).toEqual({
      valid: ["b@contoso.com", "a@x.org"],
      invalid: ["nope", "<x@y.z>"],
    });
  });
});

describe("last contact", () => {
  it("says how long ago and, by the server's one rule, when that is longer than usual", () => {
    expect(lastContactText(card({}))).toBe("3 months ago — longer than usual (usually every 3 weeks)");
    expect(lastContactText(card({ rhythm: { usualGapDays: null, daysSinceContact: 9101, quietLongerThanUsual: true, threadsYouStarted: 0, threadsTheyStarted: 0, meetingsThisYear: 0 } })))
      .toBe("25 years ago — longer than usual");
    const usual = card({ rhythm: { usualGapDays: 10, daysSinceContact: 0, quietLongerThanUsual: false, threadsYouStarted: 0, threadsTheyStarted: 0, meetingsThisYear: 0 } });
    expect(lastContactText(usual)).toBe("today (usually every 10 days)");
    expect(lastContactText(card({ rhythm: null }))).toBeNull();
  });

  it("puts the relationship on one line: last contact, who starts, meetings", () => {
    expect(factsLine(card({}))).toEqual(["Last contact 3 months ago — longer than usual (usually every 3 weeks)", "they start 5 of 7 threads", "2 meetings this year"]);
    const quietStart = card({ rhythm: { usualGapDays: null, daysSinceContact: 1, quietLongerThanUsual: false, threadsYouStarted: 3, threadsTheyStarted: 1, meetingsThisYear: 1 } });
    expect(factsLine(quietStart)).toEqual(["Last contact yesterday", "you start 3 of 4 threads", "1 meeting this year"]);
  });

  it("describes gaps in words", () => {
    expect([describeDays(1), describeDays(10), describeDays(21), describeDays(90), describeDays(800)])
      .toEqual(["1 day", "10 days", "3 weeks", "3 months", "2 years"]);
  });
});

describe("openers and highlights", () => {
  it("shows the server's opener as it is worded", () => {
    expect(bestOpener(card({ opener: { text: "Wish Carla a happy birthday on 28 November (in 5 days).", reason: "upcoming", detailId: 1 } })))
      .toBe("Wish Carla a happy birthday on 28 November (in 5 days).");
    expect(bestOpener(card({}))).toBeNull();
  });

  it("shows dates as dates, with how far off they are", () => {
    expect(whenText(detail({ freshness: { state: "upcoming", when: "2027-03-16", daysAway: 105 } }), "en-GB")).toBe("16 March, in 105 days");
    expect(whenText(detail({ freshness: { state: "justPassed", when: "2026-11-20", daysAway: -3 } }), "en-GB")).toBe("20 November, 3 days ago");
    expect(whenText(detail({ freshness: { state: "upcoming", when: null, daysAway: 1 } }))).toBe("tomorrow");
    expect(whenText(detail({ freshness: { state: "standing", when: "2026-09-16", daysAway: -68 } }))).toBeNull();
    expect(calendarDate("2026-03-01", "en-GB")).toBe("1 March"); // a calendar day, never shifted by a time zone
  });

  it("says how often a merged detail was mentioned, and acts on all of it", () => {
    const merged = detail({ id: 7, mentions: 3, mentionedAt: "2026-11-12T15:00:00Z", alsoIds: [8, 9] });
    expect(mentionsText(merged, "en-GB", "UTC")).toBe("mentioned 3 times, last 12 Nov");
    expect(mentionsText(detail({ mentionedAt: "2026-11-12T15:00:00Z" }), "en-GB", "UTC")).toBe("12 Nov");
    expect(detailIds(merged)).toEqual([7, 8, 9]);
  });

  it("keeps at most three highlights on the card", () => {
    const many = card({ details: [1, 2, 3, 4, 5].map((id) => detail({ id })) });
    const { highlights, rest } = splitHighlights(many);
    expect(highlights.map((d) => d.id)).toEqual([1, 2, 3]);
    expect(rest.map((d) => d.id)).toEqual([4, 5]);
    const openedWithTwo = splitHighlights({ ...many, opener: { text: "Ask…", reason: "fresh", detailId: 2 } });
    expect(openedWithTwo.highlights.map((d) => d.id)).toEqual([1, 3, 4]); // the opener's detail is not repeated below it
    expect(openedWithTwo.rest.map((d) => d.id)).toEqual([2, 5]);
  });
});

describe("safeLink", () => {
  it("lets only web links through", () => {
    expect(safeLink("https://outlook.office365.com/owa/?ItemID=AAMk%3D")).toBe("https://outlook.office365.com/owa/?ItemID=AAMk%3D");
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("data:text/html,<script>alert(1)</script>")).toBeNull();
    expect(safeLink("not a url")).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});

describe("relationship at a glance", () => {
  it("scales a sparkline to its box, tallest month at the top", () => {
    expect(sparklinePoints([0, 2, 4], 100, 20)).toBe("0,20 50,10 100,0");
    expect(sparklinePoints([0, 0], 10, 10)).toBe("0,10 10,10");
    expect(sparklinePoints([], 10, 10)).toBe("");
  });

  it("shows meeting times in the reader's time zone", () => {
    expect(meetingTime("2026-11-25T14:30:00Z", "en-GB", "Europe/London")).toBe("Wed 25 Nov, 14:30");
    expect(meetingTime("2026-11-25T14:30:00Z", "en-GB", "America/New_York")).toBe("Wed 25 Nov, 09:30");
    expect(daysSince("2026-11-20T10:00:00Z", new Date("2026-11-23T09:00:00Z"))).toBe(2);
  });
});

describe("waitingText", () => {
  it("says one day, not one days", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(waitingText("2026-11-23T08:00:00Z", now)).toBe("today");
    expect(waitingText("2026-11-22T08:00:00Z", now)).toBe("1 day");
    expect(waitingText("2026-11-20T08:00:00Z", now)).toBe("3 days");
  });
});

describe("warmPaths", () => {
  it("says how well each colleague knows them, in the server's order", () => {
    const paths = warmPaths({ warmPaths: [
      { colleagueEmail: "nestor@fabrikam.example", colleagueName: "Nestor Wilke", band: "strong" },
      { colleagueEmail: "megan@fabrikam.example", colleagueName: "Megan Bowen", band: "regular" },
    ] });
    expect(paths).toEqual([
      { email: "nestor@fabrikam.example", name: "Nestor Wilke", how: "well" },
      { email: "megan@fabrikam.example", name: "Megan Bowen", how: "regularly" },
    ]);
  });
  it("is empty when nobody shared", () => {
    expect(warmPaths({ warmPaths: [] })).toEqual([]);
  });
});

describe("newsLines", () => {
  it("says who told you and when, on the owner's calendar", () => {
    const lines = newsLines({ news: [{ detailId: 7, news: "NBC is being bought by Comcast", toldByEmail: "bo@nbc.example", toldBy: "Bo Ek", mentionedAt: "2026-11-12T09:00:00Z" }] }, "en-GB", "UTC");
    expect(lines).toEqual([{ id: 7, news: "NBC is being bought by Comcast", told: "Bo Ek told you on 12 Nov" }]);
  });
});
