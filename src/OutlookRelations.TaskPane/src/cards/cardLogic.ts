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

/** "Last contact 94 days ago — longer than usual (every 3 weeks)": the server's cadence rule, in words. */
export function lastContactText(card: Card): string | null {
  const days = card.rhythm?.daysSinceContact;
  if (days === null || days === undefined) return null;
  // "3 months ago", not "94 days ago": read at a glance.
  const when = days <= 0 ? "today" : days === 1 ? "yesterday" : `${describeDays(days)} ago`;
  const usual = card.rhythm?.usualGapDays;
  const every = usual ? ` (usually every ${describeDays(Math.round(usual))})` : "";
  return card.rhythm?.quietLongerThanUsual ? `${when} — longer than usual${every}` : `${when}${every}`;
}

/** The one compact line of relationship facts: last contact, who starts, meetings. */
export function factsLine(card: Card): string[] {
  const parts: string[] = [];
  const last = lastContactText(card);
  if (last) parts.push(`Last contact ${last}`);
  const r = card.rhythm;
  const threads = r ? r.threadsYouStarted + r.threadsTheyStarted : 0;
  if (r && threads > 0) {
    parts.push(r.threadsTheyStarted >= r.threadsYouStarted
      ? `they start ${r.threadsTheyStarted} of ${threads} threads`
      : `you start ${r.threadsYouStarted} of ${threads} threads`);
  }
  if (r && r.meetingsThisYear > 0) parts.push(`${r.meetingsThisYear} meeting${r.meetingsThisYear === 1 ? "" : "s"} this year`);
  return parts;
}

/** "16 March": a detail's date is a calendar day, the same wherever the reader is. */
export function calendarDate(isoDate: string, locale?: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(locale, { day: "numeric", month: "long", timeZone: "UTC" });
}

/** "12 Nov": when something was said, in the reader's own time zone. */
export function shortDate(iso: string, locale?: string, timeZone?: string): string {
  return new Date(iso).toLocaleDateString(locale, { day: "numeric", month: "short", timeZone });
}

/** "mentioned 3 times, last 12 Nov", or "12 Nov" for something said once. */
export function mentionsText(detail: DetailView, locale?: string, timeZone?: string): string {
  const last = shortDate(detail.mentionedAt, locale, timeZone);
  return detail.mentions > 1 ? `mentioned ${detail.mentions} times, last ${last}` : last;
}

/** Every stored detail one shown detail stands for. */
export const detailIds = (detail: DetailView): number[] => [detail.id, ...(detail.alsoIds ?? [])];

/** At most three highlights on the card; the rest wait behind "More". */
export const Highlights = 3;

/** The opener's own detail is not repeated as a highlight right below it; it waits first behind "More". */
export function splitHighlights(card: Card): { highlights: DetailView[]; rest: DetailView[] } {
  const opened = card.details.filter((d) => d.id === card.opener?.detailId);
  const others = card.details.filter((d) => d.id !== card.opener?.detailId);
  return { highlights: others.slice(0, Highlights), rest: [...opened, ...others.slice(Highlights)] };
}

/** When a dated detail is: "16 March, in 105 days", "today", "3 days ago". */
export function whenText(detail: DetailView, locale?: string): string | null {
  const days = detail.freshness.daysAway;
  // A standing fact ("has a daughter") is not about a day; only dated, live things are.
  if (days === null || detail.freshness.state === "standing" || detail.freshness.state === "expired") return null;
  const relative = days === 0 ? "today" : days === 1 ? "tomorrow" : days > 1 ? `in ${days} days` : days === -1 ? "yesterday" : `${-days} days ago`;
  return detail.freshness.when ? `${calendarDate(detail.freshness.when, locale)}, ${relative}` : relative;
}

const kindLabels: Record<string, string> = {
  birthday: "Birthday", anniversary: "Anniversary", family: "Family", pet: "Pet", interest: "Interest",
  preference: "Preference", travel: "Travel", life_event: "Life event", work_change: "Work", company_news: "Company news",
  feedback: "Feedback", commitment: "Promise", note: "Note",
};

export const kindLabel = (kind: string): string => kindLabels[kind] ?? kind;

/** The one line to open with: chosen and worded by the server, so the digest and the card say the same. */
export function bestOpener(card: Card): string | null {
  return card.opener?.text ?? null;
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

/** Colleagues who know this person, each with how well ("well", "regularly"), best first; empty when none shared. */
export function warmPaths(card: Pick<Card, "warmPaths">): { email: string; name: string; how: string }[] {
  return (card.warmPaths ?? []).map((p) => ({ email: p.colleagueEmail, name: p.colleagueName, how: p.band === "strong" ? "well" : "regularly" }));
}

/** "In the news: “NBC is being bought by Comcast” (Bo Ek told you on 12 Nov)", one line per item. */
export function newsLines(card: Pick<Card, "news">, locale?: string, timeZone?: string): { id: number; news: string; told: string }[] {
  return (card.news ?? []).map((n) => ({ id: n.detailId, news: n.news, told: `${n.toldBy} told you on ${shortDate(n.mentionedAt, locale, timeZone)}` }));
}
