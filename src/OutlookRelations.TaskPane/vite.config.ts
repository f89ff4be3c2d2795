import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

const here = (path: string) => new URL(path, import.meta.url).pathname;

// Built into the server's wwwroot so `dotnet run` serves /taskpane.html with no other step.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: here("../OutlookRelations.Server/wwwroot"),
    emptyOutDir: true,
    // One chunk for a task pane is fine: Fluent UI is most of it and it is cached.
    chunkSizeWarningLimit: 900,
    rollupOptions: { input: { taskpane: here("taskpane.html"), reports: here("reports.html"), admin: here("admin.html") } },
  },
  test: {
    environment: "node",
    globals: true,
  },
});
