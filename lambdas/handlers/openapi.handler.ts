/** GET /openapi.json */
import { buildOpenApiDocument } from './openapi';
import { json } from './http';

const document = buildOpenApiDocument();

export async function handler() {
  return json(200, document, { 'cache-control': 'public, max-age=300' });
}
