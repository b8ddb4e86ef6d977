/**
 * The public forms' token signer, its key read from Secrets Manager once per cold start.
 * A module of its own so that only the functions that issue or check timing tokens (the
 * token route and the four public intake routes, `formTokens` in functions.ts) load the
 * Secrets Manager client; every other function's bundle goes without it.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { hmacFormTokens, type FormTokens } from '../adapters/form-token';
import { requiredEnv } from './organisation';
import { FORM_TOKEN_LIFETIME_MS, MIN_FILL_TIME_MS } from './spam-check';

let formTokens: Promise<FormTokens> | undefined;

/** A failed read is not kept: the next request tries again. */
export function getFormTokens(): Promise<FormTokens> {
  formTokens ??= readFormTokenKey().then(
    (key) => hmacFormTokens(key, { minAgeMs: MIN_FILL_TIME_MS, maxAgeMs: FORM_TOKEN_LIFETIME_MS }),
    (error: unknown) => {
      formTokens = undefined;
      throw error;
    },
  );
  return formTokens;
}

async function readFormTokenKey(): Promise<string> {
  const secretId = requiredEnv('FORM_TOKEN_SECRET_ARN', process.env.FORM_TOKEN_SECRET_ARN);
  const client = new SecretsManagerClient({});
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    if (!SecretString) throw new Error('The form token key is empty');
    return SecretString;
  } finally {
    client.destroy();
  }
}
