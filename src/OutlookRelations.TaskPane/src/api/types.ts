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
  /** The first time it was said, in any words. */
  firstMentionedAt: string;
  /** Other stored details that say the same thing, shown as this one: an action on the card applies to them too. */
  alsoIds: number[];
}

/** How the relationship is going, by the same rule the reports use for "dormant". */
export interface RhythmView {
  usualGapDays: number | null;
  daysSinceContact: number | null;
  quietLongerThanUsual: boolean;
  threadsYouStarted: number;
  threadsTheyStarted: number;
  meetingsThisYear: number;
}

/** The one thing worth saying, in words; quoted mail stays inside “…”. */
export interface OpenerView {
  text: string;
  reason: "upcoming" | "justPassed" | "awaitingReply" | "quiet" | "fresh" | "promise";
  detailId: number | null;
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
  opener: OpenerView | null;
  rhythm: RhythmView | null;
  /** Set when the server could not read this recipient (not an address): the card says so, the others load. */
  problem: string | null;
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

/** GET /api/today: who is worth a note today, each with the words to use. */
export interface TodayItem {
  email: string;
  displayName: string;
  organisation: string | null;
  text: string;
  detailId: number | null;
  at: string | null;
}

export interface TodayView {
  date: string;
  dates: TodayItem[];
  justOver: TodayItem[];
  promisesDue: TodayItem[];
  repliesOwed: TodayItem[];
  goneQuiet: TodayItem[];
  tomorrowsMeetings: { id: string; subject: string; startAt: string; outsiders: { email: string; displayName: string }[] }[];
  /** Company news one contact told you, and the people you know at the other organisation it names. */
  news: NewsConnection[];
}

export interface NewsConnection {
  detailId: number;
  news: string;
  toldByEmail: string;
  toldBy: string;
  mentionedAt: string;
  organisation: string;
  people: { email: string; displayName: string; band: "strong" | "regular" | "light"; daysSinceContact: number | null }[];
  text: string;
}

/** GET /api/meetings/{id}/brief. */
export interface MeetingBrief {
  id: string;
  subject: string;
  startAt: string;
  endAt: string;
  cancelled: boolean;
  outsiders: { card: Card; new: boolean }[];
  colleagues: { email: string; displayName: string }[];
}
