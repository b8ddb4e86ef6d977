/**
 * The staff accounts for the functions that add and change members: Cognito when the
 * function was given a user pool (USER_POOL_ID, in AWS), and the directory alone where there
 * is none (the embedded default, whose sign-in reads the directory). Built once per cold start.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoStaffAccounts } from '../adapters/cognito/cognito-staff-accounts';
import { directoryOnlyAccounts } from '../adapters/local-staff-accounts';
import type { StaffAccounts } from '../domain/directory-ports';

let accounts: StaffAccounts | undefined;

export function staffAccounts(): StaffAccounts {
  const userPoolId = process.env.USER_POOL_ID;
  accounts ??= userPoolId ? new CognitoStaffAccounts(new CognitoIdentityProviderClient({}), userPoolId) : directoryOnlyAccounts;
  return accounts;
}
