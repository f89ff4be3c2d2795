import { afterEach, describe, expect, it } from "vitest";
import { sourceFor } from "./auth";
import { SignInError } from "../host/signIn";

const entra = { identity: "entra" as const, clientId: "5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f", authority: "https://login.microsoftonline.com/organizations", scope: "api://relations.example/5b6f2d1e-8c3a-4f7b-9e2d-1a4c6b8d0e2f/access_as_user" };
const globals = globalThis as { Office?: unknown };

function officeWith(getAccessToken: () => Promise<string>, nestedAppAuth = false) {
  globals.Office = {
    onReady: () => Promise.resolve({ host: "Outlook" }),
    context: { requirements: { isSetSupported: (name: string) => nestedAppAuth && name === "NestedAppAuth" } },
    auth: { getAccessToken },
  };
}

afterEach(() => {
  delete globals.Office;
});

describe("where the pane's bearer token comes from", () => {
  it("sends no token in demo mode", async () => {
    expect(await sourceFor({ identity: "demo" })()).toBeNull();
  });

  it("asks Office SSO when the host has no nested app authentication", async () => {
    officeWith(() => Promise.resolve("token-from-office"));
    expect(await sourceFor(entra)()).toBe("token-from-office");
  });

  it("says to open the pane in Outlook when there is no Office at all", async () => {
    await expect(sourceFor(entra)()).rejects.toThrow(/Open OutlookRelations from Outlook/);
  });

  it("turns an Office SSO failure into a sign-in error naming its code", async () => {
    officeWith(() => Promise.reject({ code: 13001 }));
    const failure = sourceFor(entra)();
    await expect(failure).rejects.toBeInstanceOf(SignInError);
    await expect(failure).rejects.toThrow(/code 13001/);
  });
});
