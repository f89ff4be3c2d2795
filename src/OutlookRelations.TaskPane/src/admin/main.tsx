import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { allowBrowserSignIn } from "../api/auth";
import { AdminPage } from "./AdminPage";

allowBrowserSignIn();

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <AdminPage />
  </FluentProvider>,
);
