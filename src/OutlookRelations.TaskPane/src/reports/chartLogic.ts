import type { HeadlineWeek } from "../api/reportTypes";

/** Counts as the workbook formats them ("#,##0"): 1,234. */
export function count(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/**
 * The workbook's definition of "dormant" (Engagement/Definitions.cs, the Definitions sheet), shown
 * where the page shows the count. The count is the workbook's own: the headline carries it.
 */
export const dormantDefinition =
  "No contact for longer than three usual gaps (at least 30 days), or 90 days when there is no usual gap, at the end of the period.";

/** Up to five round steps from 0 that reach at least `max` (1, 2 or 5 × a power of ten apart). */
export function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

export interface ChartLayout {
  top: number;
  ticks: { value: number; y: number }[];
  bars: { week: string; label: string; x: number; messagesY: number; messagesHeight: number; meetingsY: number; meetingsHeight: number; total: number }[];
}

/** Where each stacked bar and each y tick goes in a plot `height` tall and `barWidth + gap` per week. */
export function layout(weeks: HeadlineWeek[], height: number, barWidth: number, gap: number): ChartLayout {
  const axis = ticks(Math.max(0, ...weeks.map((w) => w.messages + w.meetings)));
  const top = axis[axis.length - 1];
  const scale = (v: number) => (v / top) * height;
  return {
    top,
    ticks: axis.map((value) => ({ value, y: height - scale(value) })),
    bars: weeks.map((w, i) => {
      const messagesHeight = scale(w.messages);
      const meetingsHeight = scale(w.meetings);
      return {
        week: w.weekStart,
        label: weekLabel(w.weekStart),
        x: i * (barWidth + gap),
        meetingsY: height - meetingsHeight,
        meetingsHeight,
        messagesY: height - meetingsHeight - messagesHeight,
        messagesHeight,
        total: w.messages + w.meetings,
      };
    }),
  };
}

/** "7 Sep" for the week starting 2026-09-07 (dates as the server sends them, no time zone shift). */
export function weekLabel(weekStart: string): string {
  const [, month, day] = weekStart.split("-").map(Number);
  return `${day} ${months[month - 1]}`;
}

// Fixed, so a label reads the same in every browser locale (Chromium's en-GB says "Sept").
export const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Every nth week gets a label, so at most `room` labels fit under the axis. */
export function labelEvery(weeks: number, room: number): number {
  return Math.max(1, Math.ceil(weeks / Math.max(1, room)));
}
