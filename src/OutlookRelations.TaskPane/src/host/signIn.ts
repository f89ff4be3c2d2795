// Getting a token for the OutlookRelations server inside Outlook. Nested app authentication (MSAL
// in the Office host) where the host supports it; Office SSO (Office.auth.getAccessToken) otherwise.
// Everything Office-specific stays in this folder, like the rest of the host boundary.

import type { IPublicClientApplication } from "@azure/msal-browser";

export type EntraConfig = { clientId: string; authority: string; scope: string };

/** Signing in failed in a way the person can act on; the message says how. */
export class SignInError extends Error {}

type OfficeWithAuth = typeof Office & {
  auth?: { getAccessToken(options?: object): Promise<string> };
};

let nestedApp: Promise<IPublicClientApplication> | null = null;

export async function acquireToken(config: EntraConfig): Promise<string> {
  const office = (globalThis as { Office?: OfficeWithAuth }).Office;
  if (!office?.onReady) throw new SignInError("Open OutlookRelations from Outlook to sign in with your work account.");
  await office.onReady();
  if (office.context?.requirements?.isSetSupported?.("NestedAppAuth", "1.1")) return nestedAppToken(config);
  if (office.auth?.getAccessToken) {
    try {
      return await office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
    } catch (e) {
      throw new SignInError(`Outlook could not sign you in to OutlookRelations (${describe(e)}).`);
    }
  }
  throw new SignInError("This version of Outlook supports neither nested app authentication nor Office single sign-on.");
}

// MSAL is loaded only when the host can use it, so preview mode and older hosts never download it.
async function nestedAppToken(config: EntraConfig): Promise<string> {
  nestedApp ??= import("@azure/msal-browser").then((msal) =>
    msal.createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } }));
  const app = await nestedApp;
  const request = { scopes: [config.scope] };
  try {
    return (await app.acquireTokenSilent(request)).accessToken;
  } catch {
    try {
      return (await app.acquireTokenPopup(request)).accessToken;
    } catch (e) {
      throw new SignInError(`Sign-in was not completed (${describe(e)}).`);
    }
  }
}

function describe(e: unknown): string {
  if (e && typeof e === "object" && "code" in e) return `code ${String((e as { code: unknown }).code)}`;
  return e instanceof Error ? e.message : String(e);
}
