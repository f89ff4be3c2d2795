import type { Card, DetailView } from "../api/types";

const DAY = 24 * 60 * 60 * 1000;

/** Splits what a person typed into addresses, keeping the order and reporting what is not one. */
export function parseAddresses(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[,;\s]+/).map((p) => p.trim()).filter(Boolean)) {
    const address = part.toLowerCase();
    if (/^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/.test(address)) {
      if (!valid.includes(address)) valid.push(address);
    } else {
      invalid.push(part);
    }
  }
  return { valid, invalid };
}

/** "3 weeks", "2 months": a gap a person reads at a glance. */
export function describeDays(days: number): string {
  if (days < 1) return "less than a day";
  if (days < 14) return `${days} day${days === 1 ? "" : "s"}`;
  if (days < 60) return `${Math.round(days / 7)} weeks`;
  if (days < 730) return `${Math.round(days / 30)} months`;
  return `${Math.round(days / 365)} years`;
}

/** How often you usually exchange mail: the average gap between exchanges, when there are enough. */
export function usualGapDays(card: Card): number | null {
  const exchanges = card.messagesToContact + card.messagesFromContact;
  if (!card.firstContactAt || !card.lastContactAt || exchanges < 3) return null;
  const span = (Date.parse(card.lastContactAt) - Date.parse(card.firstContactAt)) / DAY;
  return Math.max(1, Math.round(span / (exchanges - 1)));
}

/** "94 days ago — longer than your usual 3 weeks", or "today". */
export function lastContactText(card: Card, now: Date): string | null {
  if (!card.lastContactAt) return null;
  const days = Math.floor((now.getTime() - Date.parse(card.lastContactAt)) / DAY);
  const when = days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
  const usual = usualGapDays(card);
  return usual !== null && days > usual * 2 ? `${when} — longer than your usual ${describeDays(usual)}` : when;
}

/** The line that tells when a dated detail is: "in 5 days", "today", "3 days ago". */
export function whenText(detail: DetailView): string | null {
  const days = detail.freshness.daysAway;
  // A standing fact ("has a daughter") is not about a day; only dated, live things are.
  if (days === null || detail.freshness.state === "standing" || detail.freshness.state === "expired") return null;
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days > 1) return `in ${days} days`;
  if (days === -1) return "yesterday";
  return `${-days} days ago`;
}

const kindLabels: Record<string, string> = {
  birthday: "Birthday", anniversary: "Anniversary", family: "Family", pet: "Pet", interest: "Interest",
  preference: "Preference", travel: "Travel", life_event: "Life event", work_change: "Work", company_news: "Company news",
  feedback: "Feedback", commitment: "Promise", note: "Note",
};

export const kindLabel = (kind: string): string => kindLabels[kind] ?? kind;

/** The one line to open with: something dated soon or just over, else the freshest detail. */
export function bestOpener(card: Card): string | null {
  const first = card.details[0];
  if (!first) return null;
  const when = whenText(first);
  if (first.freshness.state === "justPassed") return `Ask about: ${first.summary} (${when})`;
  if (first.freshness.state === "upcoming" && when) return `${kindLabel(first.kind)} ${when}: ${first.summary}`;
  return first.summary;
}

/** Only http(s) links leave the pane; anything else (javascript:, data:) is dropped. */
export function safeLink(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** "You wrote 12 · they wrote 10": who carries the relationship. */
export function reciprocityText(card: Card): string {
  return `You wrote ${card.messagesToContact} · they wrote ${card.messagesFromContact}`;
}

/** Polyline points for a sparkline of monthly counts, scaled to the box; flat when nothing happened. */
export function sparklinePoints(values: number[], width: number, height: number): string {
  if (values.length === 0) return "";
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((v, i) => `${round(i * step)},${round(height - (v / max) * height)}`).join(" ");
}

const round = (n: number) => Math.round(n * 10) / 10;

/** "Tue 25 Nov, 14:30" in the reader's own time zone and language (the pane runs in their Outlook). */
export function meetingTime(startAt: string, locale?: string, timeZone?: string): string {
  return new Date(startAt).toLocaleString(locale, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
}

/** "3 days" since a date, for "waiting for your reply". */
export function daysSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY));
}

/** "today", "1 day", "3 days": how long a thread of theirs has waited for your answer. */
export function waitingText(iso: string, now: Date): string {
  const days = daysSince(iso, now);
  return days === 0 ? "today" : `${days} ${days === 1 ? "day" : "days"}`;
}
