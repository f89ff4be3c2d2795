import { describe, expect, it } from "vitest";
import { kindLabel, parseAliases, parseDays, parseList, withKind } from "./settingsLogic";

describe("settings form", () => {
  it("reads lists one per line or comma, tidied", () => {
    expect(parseList(" HR-Provider.example\nlegal@contoso.example, hr-provider.example\n\n")).toEqual(["hr-provider.example", "legal@contoso.example"]);
  });

  it("reads retention as whole days, blank to keep", () => {
    expect(parseDays("")).toBeNull();
    expect(parseDays("365")).toBe(365);
    expect(parseDays("0")).toBe("invalid");
    expect(parseDays("1.5")).toBe("invalid");
  });

  it("toggles kinds and names them for people", () => {
    const settings = { mailboxGroupId: null, excludedDomains: [], excludedAddresses: [], collectedKinds: ["pet", "family"], collectSensitive: false, interactionRetentionDays: null, detailRetentionDays: null, reportsIncludeTalkingPoints: false, updatedAt: null, updatedBy: null };
    expect(withKind(settings, "pet", false).collectedKinds).toEqual(["family"]);
    expect(withKind(settings, "travel", true).collectedKinds).toEqual(["pet", "family", "travel"]);
    expect(kindLabel("life_event")).toBe("Life event");
  });
});

describe("parseAliases", () => {
  it("keeps one line per alias, trimmed and in its own case, without blanks or repeats", () => {
    expect(parseAliases(" Comcast Corporation = Comcast \n\nNBCU = NBC\nNBCU = NBC")).toEqual(["Comcast Corporation = Comcast", "NBCU = NBC"]);
  });
});
