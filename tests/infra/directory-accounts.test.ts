/**
 * The function that manages staff accounts (issue 12): Cognito admin actions on the
 * organisation's own user pool only, only the ones the accounts adapter calls, and no other
 * function with any Cognito permission at all.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { COGNITO_ADMIN_ACTIONS } from '../../lambdas/adapters/cognito/admin-actions';
import { ROUTES } from '../../lambdas/handlers/functions';
import { actionsOf, describeResource, functionLogicalId, resourcesOf, statementsOfFunction, synthComplaintsStack } from './helpers/synth';

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

describe('Stack: staff accounts (the directory’s Cognito permissions)', () => {
  let template: Template;
  let userPoolId: string;

  beforeAll(() => {
    template = synthComplaintsStack().template;
    userPoolId = Object.keys(template.findResources('AWS::Cognito::UserPool'))[0]!;
  });

  const cognitoStatements = (functionId: string) =>
    statementsOfFunction(template, functionId).filter((s) => actionsOf(s).some((a) => a.startsWith('cognito-idp:')));

  const managing = ROUTES.filter((route) => route.needs.accounts);

  it('exactly the routes that add and change members manage accounts', () => {
    expect(managing.map((route) => route.operationId).sort()).toEqual(['addMember', 'changeMember']);
  });

  it.each(managing.map((route) => [route.operationId] as const))(
    '%s: only the admin actions the adapter calls, only on the staff user pool',
    (operationId) => {
      const functionId = functionLogicalId(template, `Api${pascal(operationId)}`);
      const statements = cognitoStatements(functionId);

      expect(statements).toHaveLength(1);
      expect(actionsOf(statements[0]!).sort()).toEqual([...COGNITO_ADMIN_ACTIONS].sort());
      expect(resourcesOf(statements[0]!).map(describeResource)).toEqual([`${userPoolId}.Arn`]);
      // No deleting, listing or reading users, no wildcards in the actions.
      expect(actionsOf(statements[0]!).filter((a) => /\*|Delete|List|AdminGetUser|SetUserPassword/.test(a))).toEqual([]);
    },
  );

  it.each(managing.map((route) => [route.operationId] as const))('%s: is told its pool (USER_POOL_ID)', (operationId) => {
    const fn = template.toJSON().Resources[functionLogicalId(template, `Api${pascal(operationId)}`)] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };

    expect(fn.Properties.Environment.Variables.USER_POOL_ID).toEqual({ Ref: userPoolId });
  });

  it('no other function has any Cognito permission or the pool id', () => {
    const functions = Object.entries(template.findResources('AWS::Lambda::Function'));
    const managingIds = new Set(managing.map((route) => functionLogicalId(template, `Api${pascal(route.operationId)}`)));
    const others = functions.filter(([id]) => !managingIds.has(id) && !id.startsWith('CustomCDKBucketDeployment'));

    expect(others.length).toBeGreaterThan(10);
    for (const [id, resource] of others) {
      expect(cognitoStatements(id), id).toEqual([]);
      const variables = (resource as { Properties: { Environment?: { Variables?: Record<string, unknown> } } }).Properties.Environment?.Variables ?? {};
      expect(variables.USER_POOL_ID, id).toBeUndefined();
    }
  });
});
