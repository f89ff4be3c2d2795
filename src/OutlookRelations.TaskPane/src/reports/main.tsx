import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { allowBrowserSignIn } from "../api/auth";
import { ReportsPage } from "./ReportsPage";

// The reports page runs in a plain browser: with Entra ID it signs in by redirect.
allowBrowserSignIn();

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <ReportsPage />
  </FluentProvider>,
);
