/**
 * The staff directory's seed at deploy time (issue 12): a function run by the deployment
 * itself (a CDK trigger) that stores the configuration's directory if nothing is stored yet
 * and gives each of its people their Cognito account — an invitation with a temporary
 * password, their roles as groups, their staff id and settings as attributes — the same way
 * an administrator's addition does. Without it the first deploy would leave everyone in the
 * directory unable to sign in until an engineer made their accounts by hand.
 *
 * It runs after the table, the user pool and its groups exist, and again whenever its bundle
 * changes (a new configuration, new code): it is idempotent and follows the stored records,
 * so a later run invites nobody twice and never undoes an administrator's change.
 */
import { Duration } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as triggers from 'aws-cdk-lib/triggers';
import { Construct } from 'constructs';
import { BACKGROUND_FUNCTIONS } from '../../lambdas/handlers/functions';
import type { OrganisationConfig } from '../config/organisation';
import { ComplaintsFunction, type FunctionServices } from './function';

export interface DirectorySeedProps {
  config: OrganisationConfig;
  services: FunctionServices & { table: dynamodb.ITable; userPool: cognito.IUserPool };
  /** What must exist before it runs besides the table and the pool (the pool's groups). */
  after: readonly Construct[];
}

export class DirectorySeed extends Construct {
  public readonly function: ComplaintsFunction;
  public readonly trigger: triggers.Trigger;

  constructor(scope: Construct, id: string, props: DirectorySeedProps) {
    super(scope, id);
    const definition = BACKGROUND_FUNCTIONS.seedDirectory;
    // A directory is a few dozen people, each a few Cognito calls.
    const timeout = Duration.minutes(2);
    this.function = new ComplaintsFunction(this, definition.name, {
      stem: definition.handler,
      description: definition.summary,
      config: props.config,
      timeout,
    }).bindNeeds(definition.needs, props.services);

    // CDK's trigger provider (one per stack, run only while deploying) invokes this function
    // and may do nothing else (tests/infra/directory-accounts.test.ts); it writes its own logs
    // with the basic execution role, like BucketDeployment's handler (web.ts).
    this.trigger = new triggers.Trigger(this, 'RunAtDeploy', {
      handler: this.function,
      executeAfter: [props.services.table, props.services.userPool, ...props.after],
      executeOnHandlerChange: true,
      timeout,
    });
  }
}
