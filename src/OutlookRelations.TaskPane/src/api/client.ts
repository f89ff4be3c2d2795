import type { Card, DetailView, SyncStatus } from "./types";
import { tokenSource } from "./auth";

/** A failed call, with the server's own explanation when it gave one. */
export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

// Demo mode picks the demo user from the page URL (?demoUser=); production sends a bearer token.
const demoUser = new URLSearchParams(window.location.search).get("demoUser");

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json");
  if (init.body) headers.set("Content-Type", "application/json");
  const token = await (await tokenSource())();
  if (token) headers.set("Authorization", `Bearer ${token}`);
  else if (demoUser) headers.set("X-Demo-User", demoUser);
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem?.detail ?? problem?.title ?? `The server answered ${response.status}.`);
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

export const api = {
  cards: (recipients: string[]) =>
    request<{ cards: Card[] }>(`/api/sidebar?recipients=${encodeURIComponent(recipients.join(","))}`).then((r) => r.cards),
  syncStatus: () => request<SyncStatus>("/api/sync/status"),
  confirm: (id: number) => request<DetailView>(`/api/details/${id}/confirm`, { method: "POST" }),
  dismiss: (id: number) => request<void>(`/api/details/${id}/dismiss`, { method: "POST" }),
  correct: (id: number, summary: string) =>
    request<DetailView>(`/api/details/${id}`, { method: "PATCH", body: JSON.stringify({ summary }) }),
  remember: (email: string, text: string) =>
    request<DetailView>(`/api/contacts/${encodeURIComponent(email)}/details`, { method: "POST", body: JSON.stringify({ text }) }),
};
