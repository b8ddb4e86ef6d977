/** The record's own paths, apart from paths.ts, which every function loads. */
import { API_BASE } from './paths';

/**
 * An inspector's read-only link to the record of a period (R1): rendered by the API, the
 * token in the query like the status link's (no CloudFront logs record query strings).
 */
export const RECORD_SHARED_PATH = `${API_BASE}/record/shared`;

export function recordSharedUrl(token: string, format?: 'csv' | 'json'): string {
  const query = new URLSearchParams({ token });
  if (format) query.set('format', format);
  return `${RECORD_SHARED_PATH}?${query.toString()}`;
}
