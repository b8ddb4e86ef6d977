/**
 * A public form's signed timing token, as a browser gets it (GET <api>/forms/token) and old
 * enough for the server to accept (a few seconds: nobody fills a form in faster). One per API,
 * reused: a token is good for a day, so only the first complaint of a test file waits.
 */
const USABLE_AFTER_MS = 3_100;
const tokens = new Map<string, Promise<string>>();

export function timingToken(apiBaseUrl: string): Promise<string> {
  let token = tokens.get(apiBaseUrl);
  if (!token) {
    token = (async () => {
      const response = await fetch(`${apiBaseUrl}/forms/token`);
      const body = (await response.json().catch(() => ({}))) as { token?: unknown };
      if (response.status !== 200 || typeof body.token !== 'string') throw new Error(`No form token: ${response.status}`);
      await new Promise((resolve) => setTimeout(resolve, USABLE_AFTER_MS));
      return body.token;
    })();
    tokens.set(apiBaseUrl, token);
  }
  return token;
}
