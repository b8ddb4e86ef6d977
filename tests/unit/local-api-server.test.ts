import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIGatewayProxyEventV2, APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiRoute } from '../../local/api-event';
import { startApiServer, type ApiHandler, type ApiServer, type ApiServerOptions } from '../../local/api-server';
import { handlerModuleLoader } from '../../local/handler-modules';
import { lambdaContext } from '../../local/lambda-context';

const ROUTES: ApiRoute[] = [
  { method: 'POST', path: '/complaints/parent', handler: 'submit-parent-complaint', access: 'public' },
  { method: 'GET', path: '/staff/complaints/{id}', handler: 'get-complaint', access: 'staff' },
  { method: 'POST', path: '/staff/complaints/{id}', handler: 'update-complaint', access: 'staff' },
];

describe('Function: startApiServer', () => {
  const servers: ApiServer[] = [];
  const events: APIGatewayProxyEventV2[] = [];
  const tmp = mkdtempSync(path.join(tmpdir(), 'local-api-test-'));

  const echo: ApiHandler = async (event) => {
    events.push(event);
    return { statusCode: 201, headers: { 'X-Echo': 'yes' }, cookies: ['a=1', 'b=2'], body: JSON.stringify({ ok: true }) };
  };

  async function serve(handlers: Record<string, ApiHandler>, options: Partial<ApiServerOptions> = {}) {
    const loadHandler = vi.fn(async (stem: string) => {
      const handler = handlers[stem];
      if (!handler) throw new Error(`no fake handler ${stem}`);
      return handler;
    });
    const server = await startApiServer({ routes: ROUTES, loadHandler, port: 0, ...options });
    servers.push(server);
    return { server, loadHandler };
  }

  afterEach(async () => {
    events.length = 0;
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  });

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('turns a request into an HTTP API (v2) event for the route handler', async () => {
    // Prepare
    const { server } = await serve({ 'update-complaint': echo });

    // Act
    const response = await fetch(`${server.apiUrl}/staff/complaints/abc%20d?x=1&x=2&y=3`, {
      method: 'POST',
      headers: { 'X-Custom': 'Value', cookie: 'session=s1; theme=dark', 'user-agent': 'test-agent' },
      body: '{"note":"é"}',
    });

    // Assess
    expect(response.status).toBe(201);
    const [event] = events;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /staff/complaints/{id}',
      rawPath: '/staff/complaints/abc%20d',
      rawQueryString: 'x=1&x=2&y=3',
      queryStringParameters: { x: '1,2', y: '3' },
      pathParameters: { id: 'abc d' },
      cookies: ['session=s1', 'theme=dark'],
      body: '{"note":"é"}',
      isBase64Encoded: false,
      requestContext: {
        http: { method: 'POST', path: '/staff/complaints/abc%20d', sourceIp: '127.0.0.1', userAgent: 'test-agent' },
        routeKey: 'POST /staff/complaints/{id}',
        stage: '$default',
      },
    });
    expect(event?.headers['x-custom']).toBe('Value');
    expect(event?.headers).not.toHaveProperty('cookie');
    expect(event?.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs((event?.requestContext.timeEpoch ?? 0) - Date.now())).toBeLessThan(5_000);
  });

  it('writes the structured result back: status, headers, cookies and body', async () => {
    // Prepare
    const { server } = await serve({ 'submit-parent-complaint': echo });

    // Act
    const response = await fetch(`${server.apiUrl}/complaints/parent`, { method: 'POST', body: '{}' });

    // Assess
    expect(response.status).toBe(201);
    expect(response.headers.get('x-echo')).toBe('yes');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers a result without a statusCode as 200 JSON, like API Gateway', async () => {
    // Prepare
    const { server } = await serve({ 'get-complaint': async () => ({ id: 'c1' }) });

    // Act
    const response = await fetch(`${server.apiUrl}/staff/complaints/c1`);

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ id: 'c1' });
  });

  it('imports a handler on its first request only', async () => {
    // Prepare
    const { server, loadHandler } = await serve({ 'get-complaint': async () => ({}) });

    // Act
    await fetch(`${server.apiUrl}/health`);
    const before = loadHandler.mock.calls.length;
    await fetch(`${server.apiUrl}/staff/complaints/c1`);

    // Assess
    expect(before).toBe(0);
    expect(loadHandler).toHaveBeenCalledWith('get-complaint');
  });

  it('answers 404 JSON for an unknown route and 405 for a known path with the wrong method', async () => {
    // Prepare
    const { server } = await serve({});

    // Act
    const unknown = await fetch(`${server.apiUrl}/nothing/here`);
    const wrongMethod = await fetch(`${server.apiUrl}/complaints/parent`);

    // Assess
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: 'Not Found' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(await wrongMethod.json()).toEqual({ message: 'Method Not Allowed' });
  });

  it('refuses a body above the limit with a 413 naming the body, without calling the handler', async () => {
    // Prepare
    const { server, loadHandler } = await serve({ 'submit-parent-complaint': echo }, { maxBodyBytes: 100 });

    // Act
    const response = await fetch(`${server.apiUrl}/complaints/parent`, { method: 'POST', body: 'x'.repeat(101) });

    // Assess
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ field: 'body', message: 'must be at most 100 bytes' }] });
    expect(loadHandler).not.toHaveBeenCalled();
  });

  it('answers GET /health and GET /api/health with 200 { status: ok }', async () => {
    // Prepare
    const { server } = await serve({});

    // Act
    const responses = await Promise.all([fetch(`${server.url}/health`), fetch(`${server.apiUrl}/health`)]);

    // Assess
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    }
  });

  it('leaves /api/health to a route that serves it', async () => {
    // Prepare
    const { server } = await serve(
      { health: async () => ({ statusCode: 200, body: '{"status":"ok","from":"handler"}' }) },
      { routes: [...ROUTES, { method: 'GET', path: '/health', handler: 'health' }] },
    );

    // Act
    const response = await fetch(`${server.apiUrl}/health`);

    // Assess
    expect(await response.json()).toEqual({ status: 'ok', from: 'handler' });
  });

  it('attaches the claims an authorizer gives, and answers 401 when it refuses', async () => {
    // Prepare
    const seen: APIGatewayProxyEventV2WithJWTAuthorizer[] = [];
    const { server } = await serve(
      { 'get-complaint': async (event) => (seen.push(event as APIGatewayProxyEventV2WithJWTAuthorizer), {}) },
      {
        authorize: async ({ route, headers }) =>
          route.access !== 'staff'
            ? undefined
            : headers.authorization === 'Bearer good'
              ? { claims: { sub: 'chloe-evans', 'cognito:groups': ['settingManager'] } }
              : 'unauthorized',
      },
    );

    // Act
    const allowed = await fetch(`${server.apiUrl}/staff/complaints/c1`, { headers: { authorization: 'Bearer good' } });
    const refused = await fetch(`${server.apiUrl}/staff/complaints/c1`, { headers: { authorization: 'Bearer bad' } });

    // Assess
    expect(allowed.status).toBe(200);
    expect(seen[0]?.requestContext.authorizer.jwt).toEqual({
      claims: { sub: 'chloe-evans', 'cognito:groups': ['settingManager'] },
      scopes: null,
    });
    expect(refused.status).toBe(401);
    expect(seen).toHaveLength(1);
  });

  it('answers 500 JSON when a handler throws, and reports the error', async () => {
    // Prepare
    const onError = vi.fn();
    const { server } = await serve(
      { 'get-complaint': async () => Promise.reject(new Error('boom')) },
      { onError },
    );

    // Act
    const response = await fetch(`${server.apiUrl}/staff/complaints/c1`);

    // Assess
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: 'Internal Server Error' });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }), expect.anything());
  });

  it('serves a placeholder page at / until the web pages are built, then the built files', async () => {
    // Prepare
    const webRoot = path.join(tmp, 'dist');
    const { server } = await serve({}, { webRoot, inboxUrl: 'http://127.0.0.1:8005' });

    // Act
    const placeholder = await fetch(server.url);
    mkdirSync(path.join(webRoot, 'assets'), { recursive: true });
    writeFileSync(path.join(webRoot, 'index.html'), '<h1>Complaints</h1>');
    writeFileSync(path.join(webRoot, 'assets', 'site.css'), 'body{}');
    const index = await fetch(server.url);
    const css = await fetch(`${server.url}/assets/site.css`);

    // Assess
    expect(placeholder.status).toBe(200);
    const page = await placeholder.text();
    expect(page).toContain('href="/api/openapi.json"');
    expect(page).toContain('href="http://127.0.0.1:8005"');
    expect(await index.text()).toBe('<h1>Complaints</h1>');
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
  });

  it('does not serve files outside the web root', async () => {
    // Prepare
    const webRoot = path.join(tmp, 'site');
    mkdirSync(webRoot, { recursive: true });
    writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
    const { server } = await serve({}, { webRoot });

    // Act: a raw request, since fetch would normalise the dots away.
    const status = await new Promise<number>((resolve, reject) => {
      httpRequest(`${server.url}/..%2fsecret.txt`, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });

    // Assess
    expect(status).toBe(404);
  });
});

describe('Function: handlerModuleLoader', () => {
  it('imports <stem>.handler.ts and takes its handler export', async () => {
    // Prepare
    const dir = mkdtempSync(path.join(tmpdir(), 'local-handlers-test-'));
    writeFileSync(path.join(dir, 'say-hello.handler.ts'), 'export const handler = async () => ({ hello: "world" });\n');
    writeFileSync(path.join(dir, 'no-export.handler.ts'), 'export const other = 1;\n');
    const load = handlerModuleLoader(dir);

    // Act
    const handler = await load('say-hello');

    // Assess
    expect(await handler({}, lambdaContext('say-hello'))).toEqual({ hello: 'world' });
    await expect(load('no-export')).rejects.toThrow(/exports no handler/);
    await expect(load('../escape')).rejects.toThrow(/Not a handler stem/);
    rmSync(dir, { recursive: true, force: true });
  });
});
