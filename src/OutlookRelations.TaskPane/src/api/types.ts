// The server's /api/sidebar shapes. Every string in a card came from someone's email: render as text.

export interface FreshnessView {
  state: "upcoming" | "justPassed" | "overdue" | "standing" | "expired";
  when: string | null;
  daysAway: number | null;
}

export interface DetailView {
  id: number;
  kind: string;
  summary: string;
  evidence: string;
  date: string | null;
  mentionedAt: string;
  mentions: number;
  confidence: number;
  sensitive: boolean;
  status: "active" | "confirmed";
  origin: "extracted" | "manual";
  freshness: FreshnessView;
  source: { internetMessageId: string; webLink: string | null } | null;
}

export interface RecentSubject {
  subject: string;
  sentAt: string;
  direction: "sent" | "received";
}

export interface Card {
  email: string;
  known: boolean;
  displayName: string;
  organisation: string | null;
  firstContactAt: string | null;
  lastContactAt: string | null;
  messagesToContact: number;
  messagesFromContact: number;
  meetingsTogether: number;
  strength: number;
  recentSubjects: RecentSubject[];
  details: DetailView[];
  promises: { byYou: DetailView[]; byThem: DetailView[] };
  awaitingReply: { subject: string; sentAt: string; question: string | null }[];
  nextMeeting: { subject: string; startAt: string; endAt: string } | null;
  /** Messages per month, the last twelve months, oldest first. */
  trend: number[];
  network: { email: string; displayName: string }[];
}

export interface SyncStatus {
  state: "idle" | "running" | "succeeded" | "failed";
  stream: string | null;
  pages: number;
  items: number;
  error: string | null;
  /** Mail being re-read for a new memory engine, while that runs. */
  rederive?: { done: number; total: number; message: string } | null;
}
