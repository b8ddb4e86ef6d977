/**
 * The functions that manage staff accounts (issue 12): Cognito admin actions on the
 * organisation's own user pool only, only the ones the accounts adapter calls, and no other
 * function with any Cognito permission at all. The directory's seed at deploy time may only
 * create accounts (invitation, groups, attributes), and runs after the pool and its groups.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { COGNITO_ADMIN_ACTIONS, COGNITO_CREATE_ACTIONS } from '../../lambdas/adapters/cognito/admin-actions';
import { BACKGROUND_FUNCTIONS, ROUTES } from '../../lambdas/handlers/functions';
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

  describe('the seed at deploy time', () => {
    const seedId = () => functionLogicalId(template, `DirectorySeed${BACKGROUND_FUNCTIONS.seedDirectory.name}`);

    it('may only create accounts (invitation, groups, attributes), only on the staff user pool', () => {
      const statements = cognitoStatements(seedId());

      expect(statements).toHaveLength(1);
      expect(actionsOf(statements[0]!).sort()).toEqual(
        ['cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminCreateUser', 'cognito-idp:AdminUpdateUserAttributes'].sort(),
      );
      expect([...COGNITO_CREATE_ACTIONS].sort()).toEqual(actionsOf(statements[0]!).sort());
      expect(resourcesOf(statements[0]!).map(describeResource)).toEqual([`${userPoolId}.Arn`]);
    });

    it('is told its pool and its table, and nothing else it could send through', () => {
      const fn = template.toJSON().Resources[seedId()] as { Properties: { Environment: { Variables: Record<string, unknown> } } };

      expect(Object.keys(fn.Properties.Environment.Variables).sort()).toEqual(
        ['LOG_LEVEL', 'NODE_OPTIONS', 'PUBLIC_BASE_URL', 'TABLE_NAME', 'USER_POOL_ID'].sort(),
      );
      expect(fn.Properties.Environment.Variables.USER_POOL_ID).toEqual({ Ref: userPoolId });
    });

    it('is run by the deployment, after the table, the user pool and every role group exist, again whenever its bundle changes', () => {
      const [trigger] = Object.values(template.findResources('Custom::Trigger')) as {
        DependsOn?: string[];
        Properties: { HandlerArn: unknown };
      }[];
      const groups = Object.keys(template.findResources('AWS::Cognito::UserPoolGroup'));
      const table = Object.keys(template.findResources('AWS::DynamoDB::Table'))[0]!;

      expect(trigger).toBeDefined();
      // The handler's version: a new bundle is a new version, which runs the seed again.
      expect(JSON.stringify(trigger!.Properties.HandlerArn)).toContain(`${seedId().replace(/[0-9A-F]{8}$/, '')}CurrentVersion`);
      expect(trigger!.DependsOn).toEqual(expect.arrayContaining([userPoolId, table, ...groups]));
      expect(groups.length).toBeGreaterThan(5);
    });

    it("the trigger's provider may invoke the seed function and nothing else", () => {
      const providerRole = Object.entries(template.findResources('AWS::IAM::Role')).find(([id]) => id.startsWith('AWSCDKTrigger'))!;
      const statements = (providerRole[1] as { Properties: { Policies: { PolicyDocument: { Statement: Record<string, unknown>[] } }[] } })
        .Properties.Policies.flatMap((p) => p.PolicyDocument.Statement);

      expect(statements).toHaveLength(1);
      expect(statements[0]!.Action).toEqual(['lambda:InvokeFunction']);
      expect(JSON.stringify(statements[0]!.Resource)).toContain(seedId());
    });
  });

  it('no other function has any Cognito permission or the pool id', () => {
    const functions = Object.entries(template.findResources('AWS::Lambda::Function'));
    const managingIds = new Set([
      ...managing.map((route) => functionLogicalId(template, `Api${pascal(route.operationId)}`)),
      functionLogicalId(template, `DirectorySeed${BACKGROUND_FUNCTIONS.seedDirectory.name}`),
    ]);
    // CDK's own deploy-time handlers: the trigger provider's one permission is tested above.
    const deployTime = (id: string) => id.startsWith('CustomCDKBucketDeployment') || id.startsWith('AWSCDKTrigger');
    const others = functions.filter(([id]) => !managingIds.has(id) && !deployTime(id));

    expect(others.length).toBeGreaterThan(10);
    for (const [id, resource] of others) {
      expect(cognitoStatements(id), id).toEqual([]);
      const variables = (resource as { Properties: { Environment?: { Variables?: Record<string, unknown> } } }).Properties.Environment?.Variables ?? {};
      expect(variables.USER_POOL_ID, id).toBeUndefined();
    }
  });
});
