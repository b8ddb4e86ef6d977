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
