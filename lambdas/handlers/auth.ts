/**
 * The signed-in member of staff. The token the API has already verified (API Gateway's JWT
 * authorizer in AWS; the embedded default's local authorizer the same way) says who they are
 * (the `custom:staffId` attribute); what they may do comes from the directory as it is now,
 * not from the token: a person deactivated or given other roles or settings is treated so
 * within a minute (the directory cache), however long their token still runs. Cognito groups
 * and the settings attribute mirror the directory for the console's display only.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { StaffPrincipal } from '../domain/access';
import type { Directory } from '../domain/directory';

export const CLAIMS = {
  groups: 'cognito:groups',
  staffId: 'custom:staffId',
  settings: 'custom:settings',
  tokenUse: 'token_use',
} as const;

export class UnauthenticatedError extends Error {
  constructor() {
    super('Sign in to continue');
    this.name = 'UnauthenticatedError';
  }
}

type Claims = Record<string, string | number | boolean | string[]>;

/** The staff id the verified token names; 401 when there is none. */
export function signedInStaffId(event: APIGatewayProxyEventV2): string {
  const context = event.requestContext as APIGatewayProxyEventV2['requestContext'] & {
    authorizer?: { jwt?: { claims?: Claims } };
  };
  const claims = context.authorizer?.jwt?.claims;
  // API Gateway's JWT authorizer takes a Cognito access token too (its client_id stands in for
  // the audience); only an ID token speaks for the person, with the attributes read here.
  if (!claims || claims[CLAIMS.tokenUse] !== 'id') throw new UnauthenticatedError();
  const staffId = claims[CLAIMS.staffId];
  if (typeof staffId !== 'string' || staffId === '') throw new UnauthenticatedError();
  return staffId;
}

/** Who is signing in, with the roles and settings the directory gives them now; 401 for anyone not active in it. */
export function principalFrom(event: APIGatewayProxyEventV2, directory: Directory): StaffPrincipal {
  const staffId = signedInStaffId(event);
  const member = directory.members.find((m) => m.id === staffId);
  if (!member || member.roles.length === 0) throw new UnauthenticatedError();
  return { staffId, roles: [...member.roles], settings: [...member.settings] };
}
