/**
 * Who is signed in, read from the ID token the console holds (local sign-in or Cognito: the
 * same claims). Only for showing the name and the settings to filter by: the API checks the
 * token itself on every call and decides what the person may see and do. Pure.
 */
import type { Role } from '../../../lambdas/domain/procedure';
import { ROLES } from '../../../lambdas/domain/procedure';

export interface StaffSession {
  staffId: string;
  name: string;
  roles: Role[];
  settings: string[];
  /** Epoch seconds. */
  expiresAt: number;
}

/** Where the console keeps the token: this tab only, gone when it closes. */
export const SESSION_KEY = 'complaints.staff.idToken';

export function sessionFromIdToken(token: string): StaffSession | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let claims: Record<string, unknown>;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const staffId = claims['custom:staffId'];
  const expiresAt = claims.exp;
  if (typeof staffId !== 'string' || typeof expiresAt !== 'number') return undefined;
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as unknown[]) : [];
  const settings = typeof claims['custom:settings'] === 'string' ? claims['custom:settings'].split(',').filter(Boolean) : [];
  const name = typeof claims.name === 'string' ? claims.name : typeof claims.email === 'string' ? claims.email : staffId;
  return {
    staffId,
    name,
    roles: groups.filter((group): group is Role => (ROLES as readonly unknown[]).includes(group)),
    settings,
    expiresAt,
  };
}

export function isCurrent(session: StaffSession | undefined, now: Date): session is StaffSession {
  return session !== undefined && session.expiresAt * 1000 > now.getTime() + 30_000;
}

/** Where to go after signing in: only a page of the console, never another site. */
export function safeNext(next: string | null | undefined, fallback: string): string {
  return next && /^\/staff\/[a-z-]+\.html(\?[^#]*)?$/.test(next) ? next : fallback;
}
