import { describe, expect, it } from "vitest";
import type { Card, DetailView } from "../api/types";
import { bestOpener, daysSince, describeDays, lastContactText, meetingTime, parseAddresses, safeLink, sparklinePoints, usualGapDays, waitingText, whenText } from "./cardLogic";

const detail = (overrides: Partial<DetailView>): DetailView => ({
  id: 1, kind: "family", summary: "daughter Emma", evidence: "My daughter Emma…", date: null, mentionedAt: "2026-11-01T00:00:00Z",
  mentions: 1, confidence: 0.8, sensitive: false, status: "active", origin: "extracted",
  freshness: { state: "standing", when: null, daysAway: null }, source: null, ...overrides,
});

const card = (overrides: Partial<Card>): Card => ({
  email: "carla@contoso.example", known: true, displayName: "Carla", organisation: "Contoso",
  firstContactAt: "2026-01-01T00:00:00Z", lastContactAt: "2026-08-21T00:00:00Z",
  messagesToContact: 6, messagesFromContact: 5, meetingsTogether: 2, strength: 1.5,
  recentSubjects: [], details: [], promises: { byYou: [], byThem: [] }, awaitingReply: [], nextMeeting: null, trend: [], network: [], ...overrides,
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
  it("says how long ago, and when that is longer than usual", () => {
    const now = new Date("2026-11-23T00:00:00Z");
    expect(usualGapDays(card({}))).toBe(23);
    expect(lastContactText(card({}), now)).toBe("94 days ago — longer than your usual 3 weeks");
    expect(lastContactText(card({ lastContactAt: "2026-11-22T10:00:00Z" }), now)).toBe("today");
    expect(lastContactText(card({ lastContactAt: null }), now)).toBeNull();
  });

  it("describes gaps in words", () => {
    expect([describeDays(1), describeDays(10), describeDays(21), describeDays(90), describeDays(800)])
      .toEqual(["1 day", "10 days", "3 weeks", "3 months", "2 years"]);
  });
});

describe("openers", () => {
  it("leads with a date that is coming up or just over", () => {
    const birthday = detail({ kind: "birthday", summary: "birthday", freshness: { state: "upcoming", when: "2026-11-28", daysAway: 5 } });
    expect(bestOpener(card({ details: [birthday] }))).toBe("Birthday in 5 days: birthday");
    const trip = detail({ kind: "travel", summary: "vacation in Cabo", freshness: { state: "justPassed", when: "2026-11-20", daysAway: -3 } });
    expect(bestOpener(card({ details: [trip] }))).toBe("Ask about: vacation in Cabo (3 days ago)");
    expect(bestOpener(card({ details: [] }))).toBeNull();
    expect(whenText(detail({ freshness: { state: "upcoming", when: null, daysAway: 1 } }))).toBe("tomorrow");
    expect(whenText(detail({ freshness: { state: "standing", when: "2026-09-16", daysAway: -68 } }))).toBeNull();
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
