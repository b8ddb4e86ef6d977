import { createServer } from 'node:net';

/**
 * A port that is free right now, for a child process that cannot report the port it bound
 * (DynamoDB Local). Another process could take it before the child binds it; callers that
 * chose the port this way retry on a bind failure.
 */
export function findFreePort(host = '0.0.0.0'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No port was assigned'))));
    });
  });
}
