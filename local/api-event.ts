/**
 * API Gateway HTTP API (payload format 2.0), done locally: match a request against route
 * templates, build the event a Lambda handler receives, and read its result back the way API
 * Gateway does.
 */
import type {
  APIGatewayEventRequestContextJWTAuthorizer,
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';

export interface ApiRoute {
  method: string;
  /** API Gateway path syntax: `/staff/complaints/{id}`, `/files/{path+}`. */
  path: string;
  /** The handler's file stem in lambdas/handlers/. */
  handler: string;
  access?: string;
}

export interface RouteMatch {
  route: ApiRoute;
  pathParameters: Record<string, string>;
}

export type JwtClaims = APIGatewayEventRequestContextJWTAuthorizer['jwt']['claims'];

interface CompiledRoute {
  route: ApiRoute;
  pattern: RegExp;
  names: string[];
}

/** Finds the route for a path; `methods` lists what the path allows when the method does not match. */
export class RouteTable {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly ApiRoute[]) {
    this.compiled = routes.map((route) => compile(route));
  }

  match(method: string, path: string): RouteMatch | { methods: string[] } | undefined {
    const candidates = this.compiled
      .map((entry) => ({ entry, found: entry.pattern.exec(path) }))
      .filter((candidate) => candidate.found !== null);
    if (candidates.length === 0) return undefined;
    const hit = candidates.find(({ entry }) => entry.route.method === method);
    if (!hit?.found) return { methods: [...new Set(candidates.map(({ entry }) => entry.route.method))] };
    const values = hit.found.slice(1);
    const pathParameters = Object.fromEntries(hit.entry.names.map((name, index) => [name, decode(values[index] ?? '')]));
    return { route: hit.entry.route, pathParameters };
  }
}

function compile(route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const variable = /^\{([A-Za-z0-9_]+)(\+?)\}$/.exec(segment);
      if (!variable) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(variable[1] ?? '');
      return variable[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

export interface RequestFacts {
  method: string;
  /** The path the route was matched on (without any local prefix). */
  path: string;
  rawQueryString: string;
  /** Lower-case names; repeated headers joined with commas, as API Gateway does. */
  headers: Record<string, string>;
  body: string;
  sourceIp: string;
  requestId: string;
  /** Epoch ms. */
  time: number;
}

export function toEvent(
  facts: RequestFacts,
  match: RouteMatch,
  jwt?: { claims: JwtClaims; scopes?: string[] },
): APIGatewayProxyEventV2 | APIGatewayProxyEventV2WithJWTAuthorizer {
  const { cookie, ...headers } = facts.headers;
  const routeKey = `${match.route.method} ${match.route.path}`;
  const host = headers.host ?? 'localhost';
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey,
    rawPath: facts.path,
    rawQueryString: facts.rawQueryString,
    cookies: cookie ? cookie.split(/;\s*/).filter(Boolean) : undefined,
    headers,
    queryStringParameters: queryParameters(facts.rawQueryString),
    pathParameters: Object.keys(match.pathParameters).length > 0 ? match.pathParameters : undefined,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method: facts.method,
        path: facts.path,
        protocol: 'HTTP/1.1',
        sourceIp: facts.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: facts.requestId,
      routeKey,
      stage: '$default',
      time: apiGatewayTime(new Date(facts.time)),
      timeEpoch: facts.time,
    },
    body: facts.body === '' ? undefined : facts.body,
    isBase64Encoded: false,
  };
  if (!jwt) return event;
  return {
    ...event,
    requestContext: { ...event.requestContext, authorizer: { jwt: { claims: jwt.claims, scopes: jwt.scopes ?? null } } },
  };
}

/** Repeated parameters are joined with commas, as in payload format 2.0. */
function queryParameters(raw: string): Record<string, string> | undefined {
  if (!raw) return undefined;
  const joined: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    joined[name] = name in joined ? `${joined[name]},${value}` : value;
  }
  return joined;
}

/** `23/Nov/2025:19:48:00 +0000`, the format of requestContext.time. */
function apiGatewayTime(date: Date): string {
  const month = date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${month}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`;
}

export interface HttpReply {
  statusCode: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/**
 * A handler's result as API Gateway reads it: a structured result is taken as it is; anything
 * else is a 200 JSON body (a string as it is, other values serialised).
 */
export function fromResult(result: unknown): HttpReply {
  if (isStructured(result)) {
    const headers: Record<string, string | string[]> = { ...stringHeaders(result.headers) };
    if (result.cookies?.length) headers['set-cookie'] = result.cookies;
    const body = result.body ?? '';
    return {
      statusCode: result.statusCode ?? 200,
      headers,
      body: result.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8'),
    };
  }
  const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(body, 'utf8') };
}

function isStructured(result: unknown): result is APIGatewayProxyStructuredResultV2 {
  return typeof result === 'object' && result !== null && 'statusCode' in result;
}

function stringHeaders(headers: APIGatewayProxyStructuredResultV2['headers']): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
}
