import { acquireToken, type EntraConfig } from "../host/signIn";

/** What the server says about signing in (GET /api/client-config, anonymous). */
export type ClientConfig = { identity: "demo" } | ({ identity: "entra" } & EntraConfig);

type TokenSource = () => Promise<string | null>;

let source: Promise<TokenSource> | null = null;

/**
 * Where bearer tokens come from: nowhere in demo mode (the server acts as a demo user), Outlook
 * sign-in in production. Asked once per page; a failed lookup is asked again on the next call.
 */
export function tokenSource(): Promise<TokenSource> {
  source ??= loadConfig().then((config) => sourceFor(config, { allowBrowserSignIn: browserSignIn })).catch((e: unknown) => {
    source = null;
    throw e;
  });
  return source;
}

async function loadConfig(): Promise<ClientConfig> {
  const response = await fetch("/api/client-config", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`The server answered ${response.status} when asked how to sign in.`);
  return (await response.json()) as ClientConfig;
}

let browserSignIn = false;

/** Pages for a plain browser (not the task pane) may sign in with a redirect to Entra ID. */
export function allowBrowserSignIn(): void {
  browserSignIn = true;
}

export function sourceFor(config: ClientConfig, options: { allowBrowserSignIn?: boolean } = {}): TokenSource {
  if (config.identity !== "entra") return async () => null;
  // Office and MSAL cache tokens and renew them, so asking on every call costs nothing extra.
  return () => acquireToken(config, options);
}
