import { describe, expect, it } from "vitest";
import { stillWorking, syncNotice } from "./syncProgressLogic";
import type { SyncStatus } from "./api/types";

const idle: SyncStatus = { state: "succeeded", stream: null, pages: 3, items: 300, startedAt: null, finishedAt: null, error: null };

describe("sync notice", () => {
  it("says nothing once the mailbox is read and nothing is being re-read", () => {
    expect(syncNotice(idle)).toBeNull();
    expect(stillWorking(idle)).toBe(false);
  });

  it("shows a first sync without a known end", () => {
    const notice = syncNotice({ ...idle, state: "running", items: 1200 });
    expect(notice?.message).toContain("first time");
    expect(notice?.value).toBeUndefined();
  });

  it("shows mail re-read for a new memory engine as a share done, and keeps polling", () => {
    const status = { ...idle, rederive: { done: 5, total: 20, message: "Re-reading mail for the new memory engine: 5 of 20" } };
    const notice = syncNotice(status);
    expect(notice?.message).toContain("Re-reading mail for the new memory engine: 5 of 20");
    expect(notice?.value).toBeCloseTo(0.25);
    expect(stillWorking(status)).toBe(true);
  });
});
