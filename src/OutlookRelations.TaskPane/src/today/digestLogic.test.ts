import { describe, expect, it } from "vitest";
import { digestSchedule } from "./digestLogic";

describe("digestSchedule", () => {
  it("says the default schedule in words, in the owner's zone", () => {
    expect(digestSchedule({ schedule: "0 7 * * 1-5", timeZone: "Tokyo Standard Time" })).toBe("at 07:00 on working days (Tokyo Standard Time)");
  });
  it("says every day and padded minutes", () => {
    expect(digestSchedule({ schedule: "5 8 * * *", timeZone: "UTC" })).toBe("at 08:05 every day (UTC)");
  });
  it("falls back to the cron for anything else", () => {
    expect(digestSchedule({ schedule: "*/30 7 1 * *", timeZone: "UTC" })).toBe("on the schedule */30 7 1 * * (UTC)");
  });
});
