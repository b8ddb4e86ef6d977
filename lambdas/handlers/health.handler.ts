/** GET /health */
import { json } from './http';

export async function handler() {
  return json(200, { status: 'ok' });
}
