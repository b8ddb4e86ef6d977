/**
 * The signed-in member of staff, from the claims of a token the API has already verified
 * (API Gateway's JWT authorizer in AWS; the embedded default's local authorizer the same
 * way). Roles are Cognito groups; settings and staff id are custom attributes.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { StaffPrincipal } from '../domain/access';
import { ROLES, type Role } from '../domain/procedure';

export const CLAIMS = {
  groups: 'cognito:groups',
  staffId: 'custom:staffId',
  settings: 'custom:settings',
} as const;

export class UnauthenticatedError extends Error {
  constructor() {
    super('Sign in to continue');
    this.name = 'UnauthenticatedError';
  }
}

type Claims = Record<string, string | number | boolean | string[]>;

/** API Gateway hands JWT claims to Lambdas flattened: an array claim arrives as "[a b]". */
function listClaim(value: Claims[string] | undefined, separator: RegExp): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map(String);
  return String(value)
    .replace(/^\[|\]$/g, '')
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function principalFrom(event: APIGatewayProxyEventV2): StaffPrincipal {
  const context = event.requestContext as APIGatewayProxyEventV2['requestContext'] & {
    authorizer?: { jwt?: { claims?: Claims } };
  };
  const claims = context.authorizer?.jwt?.claims;
  const staffId = claims?.[CLAIMS.staffId];
  if (!claims || typeof staffId !== 'string' || staffId === '') throw new UnauthenticatedError();
  const roles = listClaim(claims[CLAIMS.groups], /[\s,]+/).filter((group): group is Role =>
    (ROLES as readonly string[]).includes(group),
  );
  if (roles.length === 0) throw new UnauthenticatedError();
  return { staffId, roles, settings: listClaim(claims[CLAIMS.settings], /,/) };
}
