// The server's /api/sidebar, /api/today, /api/meetings and /api/sync shapes, by the names the pane
// uses. They come from the server's API document (generated/openapi.ts, `npm run api-document`):
// never edit a shape here. Every string in a card came from someone's email: render as text.
import type { components } from "./generated/openapi";

type Schemas = components["schemas"];

export type FreshnessView = Schemas["FreshnessView"];
export type DetailView = Schemas["DetailView"];
/** How the relationship is going, by the same rule the reports use for "dormant". */
export type RhythmView = Schemas["RhythmView"];
/** The one thing worth saying, in words; quoted mail stays inside “…”. */
export type OpenerView = Schemas["OpenerView"];
export type RecentSubject = Schemas["RecentSubject"];
/** A card per recipient; `trend` is messages per month, the last twelve, oldest first. */
export type Card = Schemas["Card"];
/** `rederive`: mail being re-read for a new memory engine, while that runs. */
export type SyncStatus = Schemas["SyncStatus"];
/** GET /api/today: who is worth a note today, each with the words to use. */
export type TodayItem = Schemas["TodayItem"];
export type TodayView = Schemas["TodayView"];
export type DigestView = Schemas["DigestView"];
export type ConsentView = Schemas["ConsentView"];
/** Company news one contact told you, and the people you know at the other organisation it names. */
export type NewsConnection = Schemas["NewsConnection"];
/** GET /api/meetings/{id}/brief. */
export type MeetingBrief = Schemas["MeetingBrief"];
