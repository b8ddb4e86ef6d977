/**
 * Plain ASL from a synthesized CloudFormation template: the escalation state machines'
 * `DefinitionString` is an `Fn::Join` with tokens (the clock-step Lambda's ARN, the region),
 * which this flattens to fixed local values and parses. The embedded runtime and the
 * workflow tests run exactly the definitions CDK deploys.
 *
 * The tracks' machines are told apart by the tag EscalationWorkflows puts on them.
 */
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { TRACKS, type Track } from '../lambdas/domain/procedure';
import { TRACK_TAG_KEY } from '../lib/constructs/escalation';

/** Stand-ins for the deploy-time values; a local Task never calls AWS. */
export const LOCAL_REGION = 'eu-west-2';
export const LOCAL_ACCOUNT = '000000000000';

export interface SynthesizedStateMachine {
  logicalId: string;
  track: Track;
  asl: StateMachineDefinition;
}

/** Every escalation state machine in the template, with its track and plain ASL. */
export function stateMachinesInTemplate(template: unknown): SynthesizedStateMachine[] {
  const resources = isRecord(template) && isRecord(template.Resources) ? template.Resources : undefined;
  if (!resources) throw new Error('Not a CloudFormation template: no Resources');

  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    if (!isRecord(resource) || resource.Type !== 'AWS::StepFunctions::StateMachine') return [];
    const properties = isRecord(resource.Properties) ? resource.Properties : {};
    const track = trackTagOf(properties.Tags);
    if (!track) return [];
    const asl: unknown = JSON.parse(flatten(properties.DefinitionString, resources));
    if (!isDefinition(asl)) throw new Error(`${logicalId}: the definition has no StartAt or States`);
    return [{ logicalId, track, asl }];
  });
}

/** The plain ASL of each track's state machine, or of one track's. */
export function aslFromTemplate(template: unknown): Record<Track, StateMachineDefinition>;
export function aslFromTemplate(template: unknown, track: Track): StateMachineDefinition;
export function aslFromTemplate(
  template: unknown,
  track?: Track,
): Record<Track, StateMachineDefinition> | StateMachineDefinition {
  const machines = stateMachinesInTemplate(template);
  const aslOf = (wanted: Track): StateMachineDefinition => {
    const found = machines.filter((machine) => machine.track === wanted);
    if (found.length !== 1) throw new Error(`Expected one ${wanted} state machine in the template, found ${found.length}`);
    return found[0]!.asl;
  };
  if (track) return aslOf(track);
  return Object.fromEntries(TRACKS.map((each) => [each, aslOf(each)])) as Record<Track, StateMachineDefinition>;
}

function trackTagOf(tags: unknown): Track | undefined {
  if (!Array.isArray(tags)) return undefined;
  const value: unknown = tags.find((tag) => isRecord(tag) && tag.Key === TRACK_TAG_KEY)?.Value;
  return TRACKS.find((track) => track === value);
}

const PSEUDO_PARAMETERS: Readonly<Record<string, string>> = {
  'AWS::Partition': 'aws',
  'AWS::Region': LOCAL_REGION,
  'AWS::AccountId': LOCAL_ACCOUNT,
  'AWS::URLSuffix': 'amazonaws.com',
};

/** Resolves the intrinsic functions CDK puts in a definition string. */
function flatten(value: unknown, resources: Record<string, unknown>): string {
  if (typeof value === 'string') return value;
  if (isRecord(value)) {
    const join = value['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
      return join[1].map((part: unknown) => flatten(part, resources)).join(join[0]);
    }
    const ref = value.Ref;
    if (typeof ref === 'string' && PSEUDO_PARAMETERS[ref]) return PSEUDO_PARAMETERS[ref];
    const getAtt = value['Fn::GetAtt'];
    if (Array.isArray(getAtt) && getAtt[1] === 'Arn' && typeof getAtt[0] === 'string') {
      const target = resources[getAtt[0]];
      // The function name is its logical id, so a runtime can map a Task back to its handler.
      if (isRecord(target) && target.Type === 'AWS::Lambda::Function') {
        return `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${getAtt[0]}`;
      }
    }
  }
  throw new Error(`Cannot flatten ${JSON.stringify(value)} in a state machine definition`);
}

function isDefinition(value: unknown): value is StateMachineDefinition {
  return isRecord(value) && typeof value.StartAt === 'string' && isRecord(value.States);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
