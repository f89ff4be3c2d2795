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

/**
 * A token for the server. Inside Outlook: nested app authentication, else Office SSO. Pages meant
 * for a plain browser (the reports page) pass allowBrowserSignIn and sign in with a redirect.
 */
export async function acquireToken(config: EntraConfig, options: { allowBrowserSignIn?: boolean } = {}): Promise<string> {
  const office = (globalThis as { Office?: OfficeWithAuth }).Office;
  if (!office?.onReady) {
    if (options.allowBrowserSignIn) return browserToken(config);
    throw new SignInError("Open OutlookRelations from Outlook to sign in with your work account.");
  }
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

let browserApp: Promise<IPublicClientApplication> | null = null;
let redirecting: Promise<never> | null = null;

/**
 * MSAL's settings for a plain browser. The authority's host is named a known authority: MSAL then
 * trusts it as it stands and reads its discovery document, rather than asking Microsoft's instance
 * discovery about a host it has not heard of (the Entra emulator of tests and demos). For
 * login.microsoftonline.com the endpoints are the same either way.
 */
export function browserAuthConfig(config: EntraConfig, page: { origin: string; pathname: string }) {
  return {
    clientId: config.clientId,
    authority: config.authority,
    knownAuthorities: [new URL(config.authority).host],
    redirectUri: page.origin + page.pathname,
  };
}

// A plain browser: MSAL's redirect flow. The page's own URL must be a SPA redirect URI of the app registration.
async function browserToken(config: EntraConfig): Promise<string> {
  browserApp ??= import("@azure/msal-browser").then(async (msal) => {
    const app = await msal.createStandardPublicClientApplication({ auth: browserAuthConfig(config, window.location) });
    await app.handleRedirectPromise();
    return app;
  });
  const app = await browserApp;
  const request = { scopes: [config.scope] };
  const account = app.getAllAccounts()[0];
  if (!account) return redirect(() => app.loginRedirect(request), "Signing you in…");
  try {
    return (await app.acquireTokenSilent({ ...request, account })).accessToken;
  } catch {
    return redirect(() => app.acquireTokenRedirect({ ...request, account }), "Signing you in again…");
  }
}

// A page asks for several things at once; only the first may start the redirect (MSAL refuses a
// second interaction while one is in progress), and every caller hears that the page is leaving.
function redirect(start: () => Promise<void>, message: string): Promise<never> {
  redirecting ??= start().then(
    () => {
      throw new SignInError(message);
    },
    (e: unknown) => {
      redirecting = null;
      throw new SignInError(`Sign-in could not start (${describe(e)}).`);
    },
  );
  return redirecting;
}

function describe(e: unknown): string {
  if (e && typeof e === "object" && "code" in e) return `code ${String((e as { code: unknown }).code)}`;
  return e instanceof Error ? e.message : String(e);
}
