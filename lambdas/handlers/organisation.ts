/** The organisation's configuration and the environment, as every handler reads them. */
import type { CompiledFunctionConfig } from '../../lib/config/organisation';

let config: CompiledFunctionConfig | undefined;

/**
 * The organisation's configuration. It was validated where it entered — `cdk synth`
 * (bin/app.ts) or `npm start` — by lib/config's schema, defaults filled in, and what
 * arrives here is that parsed result as JSON, so a cold start does not parse it again.
 * `process.env.ORG_CONFIG` is written out in full: in AWS the bundler replaces exactly that
 * expression with the configuration (it can outgrow Lambda's 4 KB of environment), while
 * locally it is a real variable.
 */
export function organisation(): CompiledFunctionConfig {
  config ??= JSON.parse(requiredEnv('ORG_CONFIG', process.env.ORG_CONFIG)) as CompiledFunctionConfig;
  return config;
}

export function requiredEnv(name: string, value: string | undefined): string {
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** Where the pages live (status and staff links point there); absent without a public site. */
export function publicBaseUrl(): string | undefined {
  const value = process.env.PUBLIC_BASE_URL;
  if (!value) return undefined;
  // Refuse a malformed base at the first link rather than write broken links into emails.
  return new URL(value).href.replace(/\/$/, '');
}

/** A positive number from the environment, or undefined when it is not set. */
export function positiveEnv(name: string, options: { integer?: boolean } = {}): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!(number > 0) || (options.integer && !Number.isInteger(number))) {
    throw new Error(`${name} must be a positive ${options.integer ? 'whole ' : ''}number, not ${JSON.stringify(value)}`);
  }
  return number;
}
