import type { ReportScope, ReportView } from "../api/reportTypes";

export const ManagerRole = "Relations.Manager";
export const AdminRole = "Relations.Admin";

/** The scopes the server will accept from someone with these roles (it checks again). */
export function allowedScopes(roles: string[]): ReportScope[] {
  return ["me", ...(roles.includes(ManagerRole) ? (["team"] as const) : []), ...(roles.includes(AdminRole) ? (["organisation"] as const) : [])];
}

export const scopeLabel: Record<ReportScope, string> = { me: "My relationships", team: "My team", organisation: "The organisation" };

export function isActive(report: ReportView): boolean {
  return report.status === "queued" || report.status === "running";
}

/** "+12 (+25%)", "−3 pts", "no change": this period against the previous one. */
export function changeText(now: number | null, before: number | null, kind: "count" | "percent" | "hours"): string {
  if (now === null || before === null) return "no earlier figure";
  if (kind === "percent") {
    const points = Math.round((now - before) * 100);
    return points === 0 ? "no change" : `${points > 0 ? "+" : "−"}${Math.abs(points)} pts`;
  }
  const delta = kind === "hours" ? Math.round((now - before) * 10) / 10 : now - before;
  if (delta === 0) return "no change";
  const relative = before === 0 ? "" : ` (${delta > 0 ? "+" : "−"}${Math.abs(Math.round((delta / before) * 100))}%)`;
  return `${delta > 0 ? "+" : "−"}${Math.abs(delta)}${kind === "hours" ? " h" : ""}${relative}`;
}

export function percent(value: number | null): string {
  return value === null ? "–" : `${Math.round(value * 100)}%`;
}

/** The period a report covers, in its own time zone: "1 Sep 2026 – 29 Nov 2026". */
export function periodText(report: Pick<ReportView, "from" | "to" | "timeZone">, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: report.timeZone });
  const lastDay = new Date(Date.parse(report.to) - 1);
  return `${format.format(new Date(report.from))} – ${format.format(lastDay)}`;
}

/** The one line for what no figure counts, worded as the workbook's Summary sheet words it. */
export function automatedLine(messages: number): string {
  return `Newsletters and automated mail: ${messages.toLocaleString("en-US")} ${messages === 1 ? "message" : "messages"}`;
}
