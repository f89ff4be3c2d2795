// The server's /api/reports and /api/me shapes.

export type ReportScope = "me" | "team" | "organisation";
export type ReportStatus = "queued" | "running" | "succeeded" | "failed";

export interface HeadlineWeek {
  weekStart: string;
  messages: number;
  meetings: number;
}

export interface Headline {
  messages: number;
  messagesBefore: number;
  replyRate: number | null;
  replyRateBefore: number | null;
  medianResponseHours: number | null;
  medianResponseHoursBefore: number | null;
  meetings: number;
  meetingsBefore: number;
  reEngagements: number;
  reEngagementsBefore: number;
  dormant: number;
  activeRelationships: number;
  weeks: HeadlineWeek[];
  /** Newsletters and automated mail in the period: counted in no figure above. */
  automatedMessages?: number;
}

export interface ReportView {
  id: string;
  scope: ReportScope;
  from: string;
  to: string;
  timeZone: string;
  status: ReportStatus;
  progress: number;
  step: string;
  error: string | null;
  scheduled: boolean;
  createdAt: string;
  finishedAt: string | null;
  expiresAt: string;
  fileName: string | null;
  headline: Headline | null;
}

export interface Me {
  email: string;
  displayName: string;
  roles: string[];
}

export interface ScheduleView {
  scheduled: boolean;
  scope: ReportScope | null;
  cron: string;
}
