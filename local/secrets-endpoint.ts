/**
 * The embedded default's Secrets Manager: the AWS JSON 1.1 protocol for the one call our
 * Lambdas make (GetSecretValue), so that the real SecretsManagerClient, pointed here by
 * AWS_ENDPOINT_URL_SECRETS_MANAGER, works unchanged. Its secrets are made at start, random,
 * and never written anywhere: a restart only means forms ask for fresh timing tokens.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './asl-from-template';
import { closeServer, listen, readBody } from './http';

export interface SecretsEndpoint {
  url: string;
  /** The ARN of each secret, by the name it was created with. */
  arns: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

const TARGET = 'secretsmanager.GetSecretValue';
const ERROR_NAMESPACE = 'com.amazonaws.secretsmanager#';

/** Starts the endpoint holding one freshly generated secret per name. */
export async function startSecretsEndpoint(names: readonly string[], options: { port?: number; host?: string } = {}): Promise<SecretsEndpoint> {
  const host = options.host ?? '127.0.0.1';
  const secrets = new Map(
    names.map((name) => {
      const arn = `arn:aws:secretsmanager:${LOCAL_REGION}:${LOCAL_ACCOUNT}:secret:${name}-${randomBytes(3).toString('hex')}`;
      return [arn, { name, value: randomBytes(48).toString('base64url') }] as const;
    }),
  );
  const server = createServer((request, response) => void handle(secrets, request, response));
  const port = await listen(server, options.port ?? 0, host);
  return {
    url: `http://${host}:${port}`,
    arns: Object.fromEntries([...secrets].map(([arn, { name }]) => [name, arn])),
    stop: () => closeServer(server),
  };
}

async function handle(secrets: Map<string, { name: string; value: string }>, request: IncomingMessage, response: ServerResponse) {
  const body = request.method === 'POST' && request.headers['x-amz-target'] === TARGET ? await readBody(request, 64 * 1024) : undefined;
  let secretId: unknown;
  try {
    secretId = body === undefined ? undefined : (JSON.parse(body) as { SecretId?: unknown }).SecretId;
  } catch {
    secretId = undefined;
  }
  const found = [...secrets].find(([arn, { name }]) => secretId === arn || secretId === name);
  if (!found) {
    send(response, 400, { __type: `${ERROR_NAMESPACE}ResourceNotFoundException`, message: "Secrets Manager can't find the specified secret." });
    return;
  }
  const [arn, { name, value }] = found;
  send(response, 200, {
    ARN: arn,
    Name: name,
    SecretString: value,
    VersionId: '00000000-0000-4000-8000-000000000000',
    VersionStages: ['AWSCURRENT'],
    CreatedDate: Math.floor(Date.now() / 1000),
  });
}

function send(response: ServerResponse, status: number, body: object) {
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
  response.end(JSON.stringify(body));
}
