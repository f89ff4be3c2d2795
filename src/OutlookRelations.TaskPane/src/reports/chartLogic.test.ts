import { describe, expect, it } from "vitest";
import { count, labelEvery, layout, ticks, weekLabel } from "./chartLogic";

describe("ticks", () => {
  it("steps in round numbers from zero to at least the largest value", () => {
    expect(ticks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(100)).toEqual([0, 50, 100]);
    expect(ticks(1234)).toEqual([0, 500, 1000, 1500]);
    expect(ticks(0)).toEqual([0, 1]);
  });
});

describe("layout", () => {
  it("stacks meetings under messages and scales to the top tick", () => {
    const chart = layout([{ weekStart: "2026-09-07", messages: 6, meetings: 2 }, { weekStart: "2026-09-14", messages: 3, meetings: 0 }], 80, 10, 4);
    expect(chart.top).toBe(8);
    expect(chart.bars[0]).toMatchObject({ x: 0, meetingsY: 60, meetingsHeight: 20, messagesY: 0, messagesHeight: 60, total: 8, label: "7 Sep" });
    expect(chart.bars[1]).toMatchObject({ x: 14, messagesY: 50, messagesHeight: 30 });
    expect(chart.ticks.map((t) => t.y)).toEqual([80, 60, 40, 20, 0]);
  });
});

describe("formats", () => {
  it("writes counts as the workbook does and labels weeks by their first day", () => {
    expect(count(1234567)).toBe("1,234,567");
    expect(weekLabel("2026-11-30")).toBe("30 Nov");
    expect(labelEvery(13, 7)).toBe(2);
    expect(labelEvery(4, 7)).toBe(1);
  });
});
