// The server's /api/reports and /api/me shapes, from its API document (generated/openapi.ts): never edit a shape here.
import type { components } from "./generated/openapi";

type Schemas = components["schemas"];

export type ReportView = Schemas["ReportView"];
export type ReportScope = ReportView["scope"];
export type ReportStatus = Schemas["ReportStatus"];
/** `automatedMessages`: newsletters and automated mail in the period, counted in no other figure. */
export type Headline = Schemas["Headline"];
export type HeadlineWeek = Schemas["HeadlineWeek"];
/** One organisation and theme of "what customers tell us"; `evidence` is quoted only where talking points may be. */
export type HeadlineFeedback = Schemas["HeadlineFeedback"];
/** A conversation the signed-in person shared for their manager's pack (GET /api/stories). */
export type StoryView = Schemas["StoryView"];
export type Me = Schemas["Me"];
export type ScheduleView = Schemas["ScheduleView"];
