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
