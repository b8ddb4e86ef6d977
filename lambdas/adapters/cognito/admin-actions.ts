/**
 * The Cognito admin actions the staff accounts adapter calls: the role of each function that
 * manages accounts is granted these, on the organisation's own user pool, and no others.
 * Apart from the adapter so that the CDK app can read it without the Cognito client.
 */
export const COGNITO_ADMIN_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUserGlobalSignOut',
] as const;

/**
 * What creating an account takes, and no more: the directory's seed at the first deploy only
 * creates the configuration's people (an invitation, their groups, their attributes when an
 * account of theirs already exists); it never disables, enables or signs anyone out.
 */
export const COGNITO_CREATE_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminUpdateUserAttributes',
] as const satisfies readonly (typeof COGNITO_ADMIN_ACTIONS)[number][];
