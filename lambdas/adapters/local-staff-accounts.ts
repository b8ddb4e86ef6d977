/**
 * Staff accounts where there is no Cognito (the embedded default): nothing to create or
 * disable, because the local sign-in reads the directory itself and offers only its active
 * members, with their current roles and settings.
 */
import type { StaffAccounts } from '../domain/directory-ports';

export const directoryOnlyAccounts: StaffAccounts = {
  apply: async () => {},
};
