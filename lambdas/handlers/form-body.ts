/**
 * How a form post's body is read, for the complaint forms (form-post.ts) and the status
 * page's reply (status-reply.ts): apart from either, so that the status page does not load
 * the complaint forms' schemas.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * Larger than the JSON API's limit: a form post is percent-encoded, and 10,000 characters
 * of Arabic or Urdu take 60 KB that way.
 */
export const MAX_FORM_BYTES = 256 * 1024;

export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** A form post's body as text (API Gateway hands a form post over base64-encoded). */
export function formBody(event: APIGatewayProxyEventV2): string {
  return event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
}
