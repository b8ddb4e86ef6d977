/**
 * Staff sign-in through Cognito's hosted pages: the authorization code flow with PKCE, for
 * a browser app that can keep no secret (lib/constructs/auth.ts: callback
 * /staff/signed-in.html, sign-out back to /staff/index.html). Small on purpose, and not run by
 * the tests here (there is no Cognito without AWS): the embedded default signs in locally.
 */
import { STAFF_PAGES } from '../../../lambdas/templates/site/paths';

export interface CognitoConfig {
  /** The hosted domain, e.g. `acorn-staff.auth.eu-west-2.amazoncognito.com`. */
  domain: string;
  clientId: string;
}

const PKCE_KEY = 'complaints.staff.pkce';

const origin = (config: CognitoConfig) => (/^https:\/\//.test(config.domain) ? config.domain : `https://${config.domain}`);
const redirectUri = () => `${window.location.origin}${STAFF_PAGES.signedIn}`;

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const randomString = (bytes: number) => base64url(crypto.getRandomValues(new Uint8Array(bytes)));

export async function startCognitoSignIn(config: CognitoConfig, next: string): Promise<void> {
  const verifier = randomString(48);
  const state = randomString(24);
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, next }));
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid email profile',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  window.location.assign(`${origin(config)}/oauth2/authorize?${query.toString()}`);
}

/** On the callback page: the code for the ID token, if the state is the one this tab sent. */
export async function completeCognitoSignIn(config: CognitoConfig): Promise<{ idToken: string; next?: string }> {
  const params = new URLSearchParams(window.location.search);
  const stored = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? '{}') as { verifier?: string; state?: string; next?: string };
  sessionStorage.removeItem(PKCE_KEY);
  const code = params.get('code');
  if (!code || !stored.verifier || params.get('state') !== stored.state) throw new Error('Sign-in was not started here');
  const response = await fetch(`${origin(config)}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: redirectUri(),
      code_verifier: stored.verifier,
    }),
  });
  if (!response.ok) throw new Error(`Token endpoint answered ${response.status}`);
  const tokens = (await response.json()) as { id_token?: string };
  if (!tokens.id_token) throw new Error('No ID token');
  return { idToken: tokens.id_token, ...(stored.next ? { next: stored.next } : {}) };
}

export function cognitoSignOutUrl(config: CognitoConfig): string {
  const query = new URLSearchParams({ client_id: config.clientId, logout_uri: `${window.location.origin}${STAFF_PAGES.signIn}` });
  return `${origin(config)}/logout?${query.toString()}`;
}
