import type { TenantSettings } from "../api/adminTypes";

/** One entry per line (or comma), trimmed, lower-cased, no blanks or repeats. */
export function parseList(text: string): string[] {
  return [...new Set(text.split(/[\n,;]/).map((l) => l.trim().toLowerCase()).filter((l) => l.length > 0))];
}

/** A retention box: blank keeps everything; otherwise whole days. */
export function parseDays(text: string): number | null | "invalid" {
  if (text.trim() === "") return null;
  const days = Number(text);
  return Number.isInteger(days) && days > 0 ? days : "invalid";
}

export function kindLabel(kind: string): string {
  return kind.replace("_", " ").replace(/^./, (c) => c.toUpperCase());
}

export function withKind(settings: TenantSettings, kind: string, on: boolean): TenantSettings {
  const kinds = settings.collectedKinds.filter((k) => k !== kind);
  return { ...settings, collectedKinds: on ? [...kinds, kind] : kinds };
}

/** The organisation alias box: one "other name = organisation" a line, trimmed, blanks and repeats dropped (case kept). */
export function parseAliases(text: string): string[] {
  return [...new Set(text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0))];
}
