/**
 * Staff sign-in accounts in the organisation's Cognito user pool (issue 12). Email is the
 * pool's username attribute, so each call names the person by their email; the staff id is
 * an immutable custom attribute set at creation, the settings a mutable one, and each role a
 * group. The pool itself requires MFA, so a new person sets it up at their first sign-in.
 *
 * Only the functions that add and change members import this module (and so the Cognito
 * client): it is not part of the shared runtime.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { StaffAccounts } from '../../domain/directory-ports';
import type { MemberRecord } from '../../domain/staff-directory';

// The calls below are exactly COGNITO_ADMIN_ACTIONS (admin-actions.ts), which the function's role is granted.

export class CognitoStaffAccounts implements StaffAccounts {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async apply(before: MemberRecord | undefined, after: MemberRecord): Promise<void> {
    const pool = { UserPoolId: this.userPoolId };
    if (!before) {
      await this.create(after);
    } else {
      const changed: AttributeType[] = [];
      if (before.email !== after.email) changed.push({ Name: 'email', Value: after.email }, { Name: 'email_verified', Value: 'true' });
      if (before.name !== after.name) changed.push({ Name: 'name', Value: after.name });
      if (before.settings.join(',') !== after.settings.join(',')) changed.push({ Name: 'custom:settings', Value: after.settings.join(',') });
      if (changed.length > 0) {
        await this.client.send(new AdminUpdateUserAttributesCommand({ ...pool, Username: before.email, UserAttributes: changed }));
      }
    }
    const username = after.email;
    const had = new Set(before?.roles ?? []);
    const has = new Set(after.roles);
    for (const role of has) {
      if (!had.has(role)) await this.client.send(new AdminAddUserToGroupCommand({ ...pool, Username: username, GroupName: role }));
    }
    for (const role of had) {
      if (!has.has(role)) await this.client.send(new AdminRemoveUserFromGroupCommand({ ...pool, Username: username, GroupName: role }));
    }
    if (before?.active !== false && !after.active) {
      await this.client.send(new AdminDisableUserCommand({ ...pool, Username: username }));
      // Disabling stops new sign-ins; this revokes the refresh tokens already handed out.
      await this.client.send(new AdminUserGlobalSignOutCommand({ ...pool, Username: username }));
    } else if (before?.active === false && after.active) {
      await this.client.send(new AdminEnableUserCommand({ ...pool, Username: username }));
    }
  }

  private async create(member: MemberRecord): Promise<void> {
    try {
      await this.client.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: member.email,
          // Cognito emails the invitation with a temporary password.
          DesiredDeliveryMediums: ['EMAIL'],
          UserAttributes: [
            { Name: 'email', Value: member.email },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: member.name },
            { Name: 'custom:staffId', Value: member.id },
            { Name: 'custom:settings', Value: member.settings.join(',') },
          ],
        }),
      );
    } catch (error) {
      // A retried addition, or an account made by hand before the directory was data: the
      // groups and attributes below bring it in line.
      if (!(error instanceof Error && error.name === 'UsernameExistsException')) throw error;
      await this.client.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: this.userPoolId,
          Username: member.email,
          UserAttributes: [
            { Name: 'name', Value: member.name },
            { Name: 'custom:settings', Value: member.settings.join(',') },
          ],
        }),
      );
    }
  }
}
