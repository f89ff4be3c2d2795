// generated/openapi.ts must be exactly what `npm run api-types` makes of the committed openapi.json,
// so nobody edits it by hand or commits one without the other. (The server's ApiDocumentTests holds
// openapi.json to what the server serves.) Plain JavaScript: tsc, which knows no Node APIs here, skips it.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const pane = new URL("../..", import.meta.url).pathname;

describe("generated API types", () => {
  it("are what openapi-typescript makes of openapi.json", () => {
    // --check: the same command as the script, comparing instead of writing.
    const run = spawnSync("npm", ["run", "--silent", "api-types", "--", "--check"], { cwd: pane, encoding: "utf8" });
    const advice = "src/api/generated/openapi.ts is not what openapi-typescript makes of openapi.json: run `npm run api-types` in src/OutlookRelations.TaskPane and commit both files.";
    expect(run.status, `${advice}\n${run.stdout}${run.stderr}`).toBe(0);
  }, 60_000);
});
