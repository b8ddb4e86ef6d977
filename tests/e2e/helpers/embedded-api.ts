/**
 * The embedded default in this process, driven as its clients drive it: the public and
 * staff API over HTTP (staff signed in through the local sign-in endpoint), the table through
 * a real DynamoDBClient, the executions through a real SFNClient.
 */
import { DynamoDBClient, paginateScan, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { DescribeExecutionCommand, SFNClient, type ExecutionStatus } from '@aws-sdk/client-sfn';
import { agencyComplaintRequest, parentComplaintRequest, examplesOf } from '../../../lambdas/handlers/schemas';
import type { Track } from '../../../lambdas/domain/procedure';
import { LOCAL_REGION } from '../../../local/asl-from-template';
import { startEmbedded, type Embedded, type EmbeddedOptions } from '../../../local/embedded';
import { EXAMPLE_CONFIG_FILE } from '../../../local/paths';
import { readOrganisationConfig } from '../../../local/start-options';
import { LOCAL_TABLE_NAME } from '../../../local/table';
import { timingToken } from '../../helpers/form-token';

export const exampleOrganisation = readOrganisationConfig(EXAMPLE_CONFIG_FILE);

export function staffEmail(staffId: string): string {
  const member = exampleOrganisation.staff.find((s) => s.id === staffId);
  if (!member) throw new Error(`No member of staff ${staffId} in the example organisation`);
  return member.email;
}

/**
 * One embedded default for a test file: in memory, on free ports. Its form timing token is
 * fetched and aged here, so that no test's own timing includes the seconds a token must wait.
 */
export async function startExampleEmbedded(options: Omit<EmbeddedOptions, 'config'> = {}): Promise<Embedded> {
  const embedded = await startEmbedded({ config: exampleOrganisation, inMemory: true, port: 0, sesPort: 0, ...options });
  await timingToken(embedded.apiUrl);
  return embedded;
}

// ── Request bodies ──────────────────────────────────────────────────────────────────────

type ParentComplaint = Record<string, unknown> & { contact: Record<string, unknown> };
const [exampleParentComplaint] = examplesOf(parentComplaintRequest) as ParentComplaint[];
const [exampleAgencyComplaint] = examplesOf(agencyComplaintRequest) as (Record<string, unknown> & {
  agency: Record<string, unknown>;
})[];

/** The schema's own example of a parent's complaint, with changes; the contact merged. */
export function parentComplaint(changes: Partial<ParentComplaint> = {}): ParentComplaint {
  const base = structuredClone(exampleParentComplaint!);
  return { ...base, ...changes, contact: { ...base.contact, ...changes.contact } };
}

export function agencyComplaint(changes: Record<string, unknown> = {}) {
  return { ...structuredClone(exampleAgencyComplaint!), ...changes };
}

// ── HTTP ─────────────────────────────────────────────────────────────────────────────────

export interface ApiReply<T> {
  status: number;
  /** The body as JSON, or undefined when it is not JSON. */
  body: T;
  text: string;
  headers: Headers;
}

export interface RequestOptions {
  /** A staff member's ID token, sent as `Authorization: Bearer …`. */
  bearer?: string;
  /** The complainant's status token, sent as `X-Status-Token`. */
  statusToken?: string;
  headers?: Record<string, string>;
  /** A body sent exactly as given (bad JSON, oversized bodies). */
  rawBody?: string;
}

/** The intake routes, where a complaint must carry the form's signed timing token. */
const INTAKE_PATHS = new Set(['/complaints/parent', '/complaints/agency']);

export class Api {
  private readonly tokens = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get<T = Record<string, unknown>>(path: string, options: RequestOptions = {}) {
    return this.request<T>('GET', path, undefined, options);
  }

  /** A complaint posted to an intake route carries a timing token unless it names its own. */
  async post<T = Record<string, unknown>>(path: string, body: unknown, options: RequestOptions = {}) {
    const plainObject = typeof body === 'object' && body !== null && !Array.isArray(body);
    const withToken =
      INTAKE_PATHS.has(path) && plainObject && options.rawBody === undefined && !('formToken' in body)
        ? { ...body, formToken: await timingToken(this.baseUrl) }
        : body;
    return this.request<T>('POST', path, withToken, options);
  }

  async request<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<ApiReply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
    if (options.statusToken) headers['x-status-token'] = options.statusToken;
    const payload = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed as T, text, headers: response.headers };
  }

  /** Signs a member of staff in through the local sign-in endpoint (Cognito's stand-in). */
  async signIn(staffId: string): Promise<string> {
    const cached = this.tokens.get(staffId);
    if (cached) return cached;
    const reply = await this.post<{ idToken?: string }>('/auth/local/sign-in', { staffId });
    if (reply.status !== 200 || !reply.body.idToken) throw new Error(`Sign-in of ${staffId} failed: ${reply.status} ${reply.text}`);
    this.tokens.set(staffId, reply.body.idToken);
    return reply.body.idToken;
  }

  /** A member of staff's action on a complaint. */
  async act(staffId: string, reference: string, action: Record<string, unknown>) {
    return this.post<Record<string, unknown>>(`/staff/complaints/${reference}/actions`, action, {
      bearer: await this.signIn(staffId),
    });
  }
}

export interface SubmissionReply {
  reference: string;
  status: string;
  level?: string;
  respondBy?: string;
}

/** A staff member's view of one complaint (GET /staff/complaints/{id}), the parts tests read. */
export interface StaffComplaintView {
  complaint: { id: string; status: string; currentLevel?: string };
  levels: Record<
    string,
    {
      deadlineAt: string;
      statutoryDeadlineAt: string;
      doneAt?: string;
      doneBy?: string;
      lapsedAt?: string;
      reminders: string[];
      extension?: { to: string; reason: string };
    }
  >;
  record: { type: string; at: string; level?: string; summary: string; details?: Record<string, unknown> }[];
  availableActions: string[];
  unavailableActions: { type: string; reason: string }[];
}

/** The complainant's view (GET /status/{reference}), the parts tests read. */
export interface StatusView {
  reference: string;
  status: string;
  level?: string;
  respondBy?: string;
  statutoryRespondBy?: string;
  lastOutcome?: { level: string; outcome: string; summary: string };
  canRespond: { satisfied: boolean; notSatisfied: boolean; withdraw: boolean };
  nextLevel?: string;
  timeline: { type: string; at: string; level?: string }[];
  ofsted: Record<string, unknown>;
}

// ── DynamoDB and Step Functions, through the real SDK clients ─────────────────────────────

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export function tableClient(embedded: Embedded): DynamoDBClient {
  return new DynamoDBClient({ endpoint: embedded.dynamoDbEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
}

/** Every item of the table, each as sorted JSON, sorted: equal snapshots mean nothing changed. */
export async function tableSnapshot(client: DynamoDBClient): Promise<string[]> {
  const items: Record<string, AttributeValue>[] = [];
  for await (const page of paginateScan({ client }, { TableName: LOCAL_TABLE_NAME, ConsistentRead: true })) {
    items.push(...(page.Items ?? []));
  }
  return items.map((item) => JSON.stringify(Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))))).sort();
}

export function stepFunctionsClient(embedded: Embedded): SFNClient {
  return new SFNClient({ endpoint: embedded.stepFunctionsUrl, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
}

/** A level's clock execution (named `<reference>-<level>[-<attempt>]`), as DescribeExecution reports it. */
export async function describeClock(
  client: SFNClient,
  embedded: Embedded,
  track: Track,
  name: string,
): Promise<{ status: ExecutionStatus | 'MISSING'; stopDate?: Date }> {
  const executionArn = `${embedded.stateMachineArns[track].replace(':stateMachine:', ':execution:')}:${name}`;
  try {
    const { status, stopDate } = await client.send(new DescribeExecutionCommand({ executionArn }));
    return { status: status ?? 'MISSING', ...(stopDate ? { stopDate } : {}) };
  } catch (error) {
    if ((error as Error).name === 'ExecutionDoesNotExist') return { status: 'MISSING' };
    throw error;
  }
}

/** Waits for a moment on the wall clock (a clock's span passing), never for a fixed pause. */
export async function waitUntil(momentMs: number): Promise<void> {
  const left = momentMs - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}
