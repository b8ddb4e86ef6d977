/**
 * The local API Gateway and web server, on one origin as in AWS (where CloudFront sends
 * `/api/*` to the HTTP API and the rest to the pages):
 *
 * - `<basePath>/…` (default `/api`): the routes of lambdas/handlers/functions.ts. A request
 *   becomes an HTTP API (payload 2.0) event for the route's handler, whose module is imported
 *   on first use; the event's path is the route's path, without the prefix.
 * - `/health`, and `<basePath>/health` unless a route serves it: 200 `{ "status": "ok" }`
 *   from the server itself, so that a readiness check needs no handler.
 * - anything else: the web pages from `webRoot`, or a placeholder page at `/` that links to
 *   `<basePath>/openapi.json`.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { fromResult, RouteTable, toEvent, type ApiRoute, type HttpReply, type JwtClaims, type RequestFacts } from './api-event';
import { handlerModuleLoader } from './handler-modules';
import { closeServer, listen, readBody } from './http';
import { lambdaContext } from './lambda-context';
import { placeholderPage, sendStaticFile } from './static-files';

export type ApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<unknown>;
export type HandlerLoader = (stem: string) => Promise<ApiHandler>;

export interface AuthorizeRequest {
  route: ApiRoute;
  headers: Record<string, string>;
}

/**
 * Stands in for the API's authorizer: `undefined` lets the request through without claims,
 * `'unauthorized'` answers 401 (as a JWT authorizer does), claims are attached to the event.
 */
export type Authorize = (
  request: AuthorizeRequest,
) => Promise<{ claims: JwtClaims; scopes?: string[] } | 'unauthorized' | undefined>;

export interface ApiServerOptions {
  routes: readonly ApiRoute[];
  /** Defaults to importing lambdas/handlers/<stem>.handler.ts and taking its `handler`. */
  loadHandler?: HandlerLoader;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Where the API is mounted; '' mounts it at the root (and serves no pages). */
  basePath?: string;
  /** Requests with a larger body get a 413, as API Gateway refuses them. */
  maxBodyBytes?: number;
  authorize?: Authorize;
  /** The built web pages; a placeholder page is served while it does not exist. */
  webRoot?: string;
  /** Linked from the placeholder page. */
  inboxUrl?: string;
  onError?: (error: unknown, context: { route?: ApiRoute; requestId: string }) => void;
  /**
   * Endpoints of the embedded default alone, keyed `METHOD /path` under the API's base path:
   * the local sign-in that stands in for Cognito's hosted pages.
   */
  localEndpoints?: Readonly<Record<string, (body: string) => Promise<HttpReply>>>;
  /**
   * Requests a minute from one address to the complainant's status routes, as API Gateway's
   * route throttling limits them in AWS: a status link cannot be guessed by brute force.
   */
  complainantRequestsPerMinute?: number;
}

export interface ApiServer {
  /** The origin, e.g. http://127.0.0.1:3000 (the web pages). */
  url: string;
  /** Where the API routes are, e.g. http://127.0.0.1:3000/api. */
  apiUrl: string;
  port: number;
  stop(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const host = options.host ?? '127.0.0.1';
  const basePath = (options.basePath ?? '/api').replace(/\/$/, '');
  const context: ServerContext = {
    ...options,
    basePath,
    routes: new RouteTable(options.routes),
    loadHandler: options.loadHandler ?? handlerModuleLoader(),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    limiter: new RateLimiter(options.complainantRequestsPerMinute ?? DEFAULT_COMPLAINANT_REQUESTS_PER_MINUTE),
  };
  const server = createServer((request, response) => {
    handle(context, request, response).catch((error: unknown) => {
      options.onError?.(error, { requestId: 'unknown' });
      if (!response.headersSent) reply(response, json(500, { message: 'Internal Server Error' }));
      else response.destroy();
    });
  });
  const port = await listen(server, options.port ?? 0, host);
  const url = `http://${host}:${port}`;
  return {
    url,
    apiUrl: `${url}${basePath}`,
    port,
    stop: () => closeServer(server),
  };
}

interface ServerContext extends Omit<ApiServerOptions, 'routes'> {
  basePath: string;
  routes: RouteTable;
  loadHandler: HandlerLoader;
  maxBodyBytes: number;
  limiter: RateLimiter;
}

/** A fixed one-minute window per address: small, and enough for a machine on loopback. */
class RateLimiter {
  private windowStart = Date.now();
  private readonly counts = new Map<string, number>();
  constructor(private readonly perMinute: number) {}
  allow(address: string): boolean {
    if (Date.now() - this.windowStart >= 60_000) {
      this.windowStart = Date.now();
      this.counts.clear();
    }
    const count = (this.counts.get(address) ?? 0) + 1;
    this.counts.set(address, count);
    return count <= this.perMinute;
  }
}

export const DEFAULT_COMPLAINANT_REQUESTS_PER_MINUTE = 60;

async function handle(context: ServerContext, request: IncomingMessage, response: ServerResponse) {
  const url = new URL(request.url ?? '/', 'http://local');
  const method = request.method ?? 'GET';
  const { basePath } = context;
  const readOnly = method === 'GET' || method === 'HEAD';

  if (basePath === '' || url.pathname === basePath || url.pathname.startsWith(`${basePath}/`)) {
    return reply(response, await callRoute(context, request, url, url.pathname.slice(basePath.length) || '/'));
  }
  if (readOnly && url.pathname === '/health') return reply(response, HEALTHY());
  if (!readOnly) return reply(response, json(404, { message: 'Not Found' }));
  if (context.webRoot && existsSync(context.webRoot)) {
    if (await sendStaticFile(context.webRoot, url.pathname, response, method === 'HEAD')) return;
  } else if (url.pathname === '/') {
    const page = placeholderPage({ apiDocs: `${basePath}/openapi.json`, inbox: context.inboxUrl });
    return reply(response, { statusCode: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from(page) });
  }
  reply(response, { statusCode: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from('Not found\n') });
}

async function callRoute(context: ServerContext, request: IncomingMessage, url: URL, apiPath: string): Promise<HttpReply> {
  const method = request.method ?? 'GET';
  const match = context.routes.match(method, apiPath);
  if (!match && apiPath === '/health' && (method === 'GET' || method === 'HEAD')) return HEALTHY();
  const local = match ? undefined : context.localEndpoints?.[`${method} ${apiPath}`];
  if (local) return local((await readBody(request, context.maxBodyBytes)) ?? '');
  if (!match) return json(404, { message: 'Not Found' });
  if (!('route' in match)) {
    const reply = json(405, { message: 'Method Not Allowed' });
    reply.headers.allow = match.methods.join(', ');
    return reply;
  }
  if (match.route.access === 'complainant') {
    const address = (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    if (!context.limiter.allow(address)) return json(429, { message: 'Too many requests: please wait a minute' });
  }
  const body = await readBody(request, context.maxBodyBytes);
  if (body === undefined) {
    return json(413, {
      message: 'Request body too large',
      errors: [{ field: 'body', message: `must be at most ${context.maxBodyBytes} bytes` }],
    });
  }
  const facts: RequestFacts = {
    method,
    path: apiPath,
    rawQueryString: url.search.slice(1),
    headers: lowerCaseHeaders(request),
    body,
    sourceIp: (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
    requestId: randomUUID(),
    time: Date.now(),
  };
  try {
    const authorized = await context.authorize?.({ route: match.route, headers: facts.headers });
    if (authorized === 'unauthorized') return json(401, { message: 'Unauthorized' });
    const handler = await context.loadHandler(match.route.handler);
    const result = await handler(toEvent(facts, match, authorized), lambdaContext(match.route.handler));
    const reply = fromResult(result);
    reply.headers['apigw-requestid'] = facts.requestId;
    return reply;
  } catch (error) {
    context.onError?.(error, { route: match.route, requestId: facts.requestId });
    return json(500, { message: 'Internal Server Error' });
  }
}

function lowerCaseHeaders(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.headers)
      .filter((entry): entry is [string, string | string[]] => entry[1] !== undefined)
      .map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(',') : value]),
  );
}

const HEALTHY = () => json(200, { status: 'ok' });

function json(statusCode: number, body: unknown): HttpReply {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: Buffer.from(JSON.stringify(body)),
  };
}

function reply(response: ServerResponse, { statusCode, headers, body }: HttpReply) {
  response.writeHead(statusCode, { ...headers, 'content-length': body.length });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

