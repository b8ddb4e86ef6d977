/**
 * The security headers of every page and API answer: CloudFront adds them in AWS (the web
 * construct's response headers policy), and the browser tests hold the pages to them. The
 * pages have no inline script or style, so the policy needs no 'unsafe-inline'; the API is
 * on the same origin, so 'self' is all they talk to, but for the staff console's sign-in.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // The staff console exchanges its sign-in code at Cognito's token endpoint (PKCE).
  "connect-src 'self' https://*.amazoncognito.com",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/** Two years, the HSTS preload list's minimum. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'strict-transport-security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
  'x-frame-options': 'DENY',
  // The confirmation page's address holds the reference: it goes nowhere else.
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'cross-origin-opener-policy': 'same-origin',
};
