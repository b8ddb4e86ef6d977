/** GET /openapi.json */
import { buildOpenApiDocument } from './openapi';
import { json } from './response';

// Built at the first request, not at import: the document is for people and tools that
// ask for it, and a cold start should not pay for it before anyone does.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export async function handler() {
  document ??= buildOpenApiDocument();
  return json(200, document, { 'cache-control': 'public, max-age=300' });
}
