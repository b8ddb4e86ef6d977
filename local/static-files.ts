/**
 * The web pages, served from a folder (web/dist once the web issue builds it). Until that
 * folder exists, `/` is a small page pointing at the API and the inbox.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Sends the file for `urlPath` from `root` (a folder's index.html for a folder); false if none. */
export async function sendStaticFile(root: string, urlPath: string, response: ServerResponse, headOnly = false) {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  const base = path.resolve(root);
  let file = path.resolve(base, `.${path.posix.normalize(`/${relative}`)}`);
  if (file !== base && !file.startsWith(`${base}${path.sep}`)) return false;
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return false;
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-cache',
  });
  if (headOnly) {
    response.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on('error', reject).pipe(response).on('finish', resolve);
  });
  return true;
}

export function placeholderPage(links: { apiDocs: string; inbox?: string }): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const inbox = links.inbox ? `<li><a href="${escape(links.inbox)}">Inbox (every email sent)</a></li>` : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Complaints (local)</title></head>
<body>
<main>
<h1>Complaints procedure: local server</h1>
<p>The web pages are not built yet. Meanwhile:</p>
<ul><li><a href="${escape(links.apiDocs)}">API description (OpenAPI)</a></li>${inbox}</ul>
</main>
</body>
</html>
`;
}
