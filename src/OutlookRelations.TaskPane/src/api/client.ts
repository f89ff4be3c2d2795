import type { Card, ConsentView, DetailView, DigestView, MeetingBrief, SyncStatus, TodayView } from "./types";
import { tokenSource } from "./auth";
import type { Me, ReportScope, ReportView, ScheduleView, StoryView } from "./reportTypes";
import type { AuditEntry, MailboxSyncHealth, TenantSettings } from "./adminTypes";

/** A failed call, with the server's own explanation when it gave one. */
export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

// Demo mode picks the demo user from the page URL (?demoUser=); production sends a bearer token.
const demoUser = typeof window === "undefined" ? null : new URLSearchParams(window.location.search).get("demoUser");

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("Accept")) headers.set("Accept", "application/json");
  if (init.body) headers.set("Content-Type", "application/json");
  const token = await (await tokenSource())();
  if (token) headers.set("Authorization", `Bearer ${token}`);
  else if (demoUser) headers.set("X-Demo-User", demoUser);
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    const fieldErrors = problem?.errors ? Object.values(problem.errors as Record<string, string[]>).flat().join(" ") : "";
    throw new ApiError(response.status, fieldErrors || problem?.detail || problem?.title || `The server answered ${response.status}.`);
  }
  return response;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(path, init);
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

/** The file name from Content-Disposition (RFC 6266 filename* first). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (star) return decodeURIComponent(star[1]);
  const plain = disposition?.match(/filename="?([^";]+)"?/i);
  return plain ? plain[1] : fallback;
}

export const reportsApi = {
  me: () => request<Me>("/api/me"),
  list: () => request<ReportView[]>("/api/reports"),
  create: (scope: ReportScope, from: string | null, to: string | null, timeZone: string) =>
    request<{ id: string }>("/api/reports", { method: "POST", body: JSON.stringify({ scope, from: from || null, to: to || null, timeZone }) }),
  schedule: () => request<ScheduleView>("/api/reports/schedule"),
  setSchedule: (scope: ReportScope, timeZone: string) =>
    request<ScheduleView>("/api/reports/schedule", { method: "PUT", body: JSON.stringify({ scope, timeZone }) }),
  clearSchedule: () => request<void>("/api/reports/schedule", { method: "DELETE" }),
  /** The .xlsx as a Blob: a plain link could not carry the bearer token. */
  download: async (id: string) => {
    const response = await send(`/api/reports/${id}/file`, { headers: { Accept: "application/octet-stream" } });
    return { blob: await response.blob(), name: fileNameOf(response.headers.get("Content-Disposition"), "report.xlsx") };
  },
};

/** Stories: nothing is shared until the person shares it; withdrawing also removes it from stored reports. */
export const storiesApi = {
  mine: () => request<StoryView[]>("/api/stories"),
  share: (detailId: number, note?: string) => request<StoryView>("/api/stories", { method: "POST", body: JSON.stringify({ detailId, note: note || null }) }),
  withdraw: (id: string) => request<void>(`/api/stories/${id}`, { method: "DELETE" }),
};

export const adminApi = {
  settings: () => request<TenantSettings>("/api/admin/settings"),
  saveSettings: (settings: TenantSettings) => request<TenantSettings>("/api/admin/settings", { method: "PUT", body: JSON.stringify(settings) }),
  audit: () => request<AuditEntry[]>("/api/admin/audit"),
  syncHealth: () => request<MailboxSyncHealth[]>("/api/admin/sync"),
  offboard: (email: string) => request<void>(`/api/admin/mailboxes/${encodeURIComponent(email)}`, { method: "DELETE" }),
  /**
   * Where to send the browser for the job dashboard. A navigation cannot carry the bearer token, so
   * the server first keeps it in a cookie only /jobs reads; demo mode names the demo user instead.
   */
  jobsDashboard: async () => {
    await request<void>("/api/admin/jobs-session", { method: "POST" });
    return demoUser ? `/jobs?demoUser=${encodeURIComponent(demoUser)}` : "/jobs";
  },
};

export const myDataApi = {
  pause: () => request<{ paused: boolean }>("/api/me/pause", { method: "POST" }),
  resume: () => request<{ paused: boolean }>("/api/me/resume", { method: "POST" }),
  erase: () => request<void>("/api/me/data", { method: "DELETE", body: JSON.stringify({ confirm: "erase my data" }) }),
  exportFile: async () => {
    const response = await send("/api/me/export");
    return { blob: await response.blob(), name: fileNameOf(response.headers.get("Content-Disposition"), "outlookrelations-export.json") };
  },
};

export const api = {
  cards: (recipients: string[]) =>
    request<{ cards: Card[] }>(`/api/sidebar?recipients=${encodeURIComponent(recipients.join(","))}`).then((r) => r.cards),
  syncStatus: () => request<SyncStatus>("/api/sync/status"),
  today: () => request<TodayView>("/api/today"),
  digest: () => request<DigestView>("/api/digest"),
  warmPathsConsent: () => request<ConsentView>("/api/warm-paths/consent"),
  setWarmPathsConsent: (share: boolean) => request<ConsentView>("/api/warm-paths/consent", { method: "PUT", body: JSON.stringify({ share }) }),
  setDigest: (enabled: boolean) => request<DigestView>("/api/digest", { method: "PUT", body: JSON.stringify({ enabled }) }),
  meetingBrief: (id: string) => request<MeetingBrief>(`/api/meetings/${encodeURIComponent(id)}/brief`),
  confirm: (id: number) => request<DetailView>(`/api/details/${id}/confirm`, { method: "POST" }),
  dismiss: (id: number) => request<void>(`/api/details/${id}/dismiss`, { method: "POST" }),
  correct: (id: number, summary: string) =>
    request<DetailView>(`/api/details/${id}`, { method: "PATCH", body: JSON.stringify({ summary }) }),
  remember: (email: string, text: string) =>
    request<DetailView>(`/api/contacts/${encodeURIComponent(email)}/details`, { method: "POST", body: JSON.stringify({ text }) }),
};
