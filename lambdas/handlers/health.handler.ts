/** GET /health */
import { json } from './response';

export async function handler() {
  return json(200, { status: 'ok' });
}
