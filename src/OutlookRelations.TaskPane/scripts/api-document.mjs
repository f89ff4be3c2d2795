// `npm run api-document`: starts the server in Development, saves the API document it serves to
// openapi.json, and regenerates the pane's types from it (npm run api-types). Run it after changing
// what an endpoint answers; ApiDocumentTests fails until both files are committed.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const pane = new URL("..", import.meta.url).pathname;
const project = new URL("../../OutlookRelations.Server/OutlookRelations.Server.csproj", import.meta.url).pathname;
const port = await freePort();
const data = mkdtempSync(join(tmpdir(), "outlookrelations-api-document-"));
const address = `http://127.0.0.1:${port}/openapi/v1.json`;

// SkipTaskPane: building the pane would type-check it against the types this is about to replace.
// Detached, so the whole group (dotnet run and the server it starts) can be stopped at the end.
const server = spawn("dotnet", ["run", "--project", project, "--no-launch-profile", "--property:SkipTaskPane=true", "--", "--urls", `http://127.0.0.1:${port}`], {
  env: {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: "Development",
    Demo__SyncOnStart: "false",
    Jobs__RunServer: "false",
    Storage__ConnectionString: `Data Source=${join(data, "api-document.db")}`,
  },
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
let exited = null;
server.on("exit", (code) => (exited = code ?? "a signal"));

try {
  const document = await fetchDocument();
  writeFileSync(join(pane, "openapi.json"), JSON.stringify(document, null, 2) + "\n");
  console.log(`Saved ${address} to openapi.json.`);
} finally {
  if (exited === null) process.kill(-server.pid, "SIGTERM");
  rmSync(data, { recursive: true, force: true });
}
execFileSync("npm", ["run", "api-types"], { cwd: pane, stdio: "inherit" });

/** The document, once the server answers; the first run builds the server, which takes a while. */
async function fetchDocument() {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`The server stopped (${exited}) before serving ${address}.`);
    try {
      const response = await fetch(address);
      if (response.ok) return await response.json();
      throw new Error(`${address} answered ${response.status}: is the server in Development?`);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e; // TypeError: not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not serve ${address} within 5 minutes.`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once("error", reject).listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
