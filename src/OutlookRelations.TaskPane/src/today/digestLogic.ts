import type { DigestView } from "../api/types";

/** "at 07:00 on working days (Tokyo Standard Time)" for the usual schedules; the cron itself otherwise. */
export function digestSchedule(view: Pick<DigestView, "schedule" | "timeZone">): string {
  const fields = view.schedule.trim().split(/\s+/);
  const [minute, hour, dayOfMonth, month, weekdays] = fields;
  const simple = fields.length === 5 && /^\d+$/.test(minute) && /^\d+$/.test(hour) && dayOfMonth === "*" && month === "*";
  if (!simple) return `on the schedule ${view.schedule} (${view.timeZone})`;
  const at = `${hour.padStart(2, "0")}:${minute.padStart(2, "0")}`;
  const days = weekdays === "1-5" ? "on working days" : weekdays === "*" ? "every day" : `on days ${weekdays}`;
  return `at ${at} ${days} (${view.timeZone})`;
}
