import { describe, expect, it } from "vitest";
import { allowedScopes, automatedLine, changeText, periodText } from "./reportLogic";
import { fileNameOf } from "../api/client";

describe("allowedScopes", () => {
  it("offers team to managers and organisation to admins only", () => {
    expect(allowedScopes([])).toEqual(["me"]);
    expect(allowedScopes(["Relations.Manager"])).toEqual(["me", "team"]);
    expect(allowedScopes(["Relations.Admin"])).toEqual(["me", "organisation"]);
  });
});

describe("changeText", () => {
  it("says how this period compares with the one before", () => {
    expect(changeText(60, 48, "count")).toBe("+12 (+25%)");
    expect(changeText(40, 50, "count")).toBe("−10 (−20%)");
    expect(changeText(5, 0, "count")).toBe("+5");
    expect(changeText(0.8, 0.75, "percent")).toBe("+5 pts");
    expect(changeText(3.5, 3.5, "hours")).toBe("no change");
    expect(changeText(null, 2, "hours")).toBe("no earlier figure");
  });
});

describe("periodText", () => {
  it("shows the last day of the period, not the midnight after it", () => {
    expect(periodText({ from: "2026-09-01T00:00:00+00:00", to: "2026-11-30T00:00:00+00:00", timeZone: "UTC" }, "en-GB")).toBe("1 Sept 2026 – 29 Nov 2026");
  });
});

describe("fileNameOf", () => {
  it("prefers the RFC 6266 name and falls back", () => {
    expect(fileNameOf("attachment; filename=x.xlsx; filename*=UTF-8''OutlookRelations%20me%20report.xlsx", "r.xlsx")).toBe("OutlookRelations me report.xlsx");
    expect(fileNameOf('attachment; filename="plain.xlsx"', "r.xlsx")).toBe("plain.xlsx");
    expect(fileNameOf(null, "r.xlsx")).toBe("r.xlsx");
  });
});

describe("automatedLine", () => {
  it("counts newsletters and automated mail on one line, as the workbook does", () => {
    expect(automatedLine(1204)).toBe("Newsletters and automated mail: 1,204 messages");
    expect(automatedLine(1)).toBe("Newsletters and automated mail: 1 message");
  });
});
