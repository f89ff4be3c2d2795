import { describe, expect, it } from "vitest";
import { storyLine } from "./storyLogic";

describe("storyLine", () => {
  it("names who the story is with, what was said and when", () => {
    expect(storyLine({ contactName: "Carla Reyes", contactEmail: "carla@contoso.example", summary: "daughter starts violin", happenedAt: "2026-09-02T10:00:00Z" }))
      .toBe("Carla Reyes: daughter starts violin (2 Sep 2026)");
    expect(storyLine({ contactName: " ", contactEmail: "carla@contoso.example", summary: "runs marathons", happenedAt: "2026-09-02T23:30:00Z" }))
      .toBe("carla@contoso.example: runs marathons (2 Sep 2026)");
  });
});
