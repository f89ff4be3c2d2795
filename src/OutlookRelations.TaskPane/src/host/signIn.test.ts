import { describe, expect, it } from "vitest";
import { browserAuthConfig } from "./signIn";

const clientId = "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f";
const page = { origin: "https://relations.contoso.com", pathname: "/reports.html" };

describe("MSAL's settings for the reports and admin pages in a plain browser", () => {
  it("trusts the configured login host, port included, so MSAL asks no instance discovery about it", () => {
    const config = browserAuthConfig({ clientId, authority: "https://127.0.0.1:5123/7d3e1f2a-4b5c-4d6e-8f70-819203a4b5c6", scope: "s" }, page);
    expect(config.knownAuthorities).toEqual(["127.0.0.1:5123"]);
    expect(config.authority).toBe("https://127.0.0.1:5123/7d3e1f2a-4b5c-4d6e-8f70-819203a4b5c6");
  });

  it("keeps Entra ID's own host and comes back to the page itself, without its query", () => {
    const config = browserAuthConfig({ clientId, authority: "https://login.microsoftonline.com/organizations", scope: "s" }, page);
    expect(config.knownAuthorities).toEqual(["login.microsoftonline.com"]);
    expect(config.redirectUri).toBe("https://relations.contoso.com/reports.html");
    expect(config.clientId).toBe(clientId);
  });
});
