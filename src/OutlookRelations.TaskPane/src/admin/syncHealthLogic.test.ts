import { describe, expect, it } from "vitest";
import type { MailboxSyncHealth } from "../api/adminTypes";
import { lagText, lastRoundText } from "./syncHealthLogic";

const mailbox = (over: Partial<MailboxSyncHealth>): MailboxSyncHealth => ({
  email: "ana@fabrikam.example", displayName: "Ana", verdict: "healthy", lastOutcome: "succeeded", lastRoundAt: null, lastSucceededAt: null,
  itemsLastDay: 0, lagSeconds: 0, consecutiveFailures: 0, lastError: null, subscription: "off", subscriptionExpiresAt: null, ...over,
});

describe("sync health wording", () => {
  it("says a lag in a unit that reads well, and unknown as such", () => {
    expect(lagText(null)).toBe("not known yet");
    expect(lagText(0)).toBe("none");
    expect(lagText(600)).toBe("10 min");
    expect(lagText(3 * 3600)).toBe("3 h");
    expect(lagText(5 * 86400)).toBe("5 d");
  });

  it("never calls a round that finished behind Graph succeeded", () => {
    expect(lastRoundText(mailbox({ lastOutcome: "behind" }))).toBe("Finished, but Graph has newer mail");
    expect(lastRoundText(mailbox({ lastOutcome: "failed", consecutiveFailures: 3 }))).toBe("Failed (3 in a row)");
  });
});
