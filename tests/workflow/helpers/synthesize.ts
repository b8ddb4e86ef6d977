import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import type { Track } from '../../../lambdas/domain/procedure';
import { EscalationWorkflows } from '../../../lib/constructs/escalation';
import { aslFromTemplate } from '../../../local/asl-from-template';

export interface SynthesizedWorkflows {
  template: Template;
  asl: Record<Track, StateMachineDefinition>;
}

/** The escalation construct alone in a bare stack, with an inline stand-in for the clock step. */
export function synthesizeWorkflows(): SynthesizedWorkflows {
  // CDK's built-in CloudFormation validation (a WASM engine, ~10 s to start) checks the
  // template, not the ASL: the infra tests and `cdk synth` keep it.
  const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'EscalationUnderTest');
  const clockStep = new lambda.Function(stack, 'ClockStep', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => { throw new Error("stand-in"); };'),
  });
  new EscalationWorkflows(stack, 'Escalation', { clockStep });
  const template = Template.fromStack(stack);
  return { template, asl: aslFromTemplate(template.toJSON()) };
}
