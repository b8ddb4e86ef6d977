/**
 * `npm start` options: flags first, then environment variables, then defaults.
 *
 * | flag              | env               | default                                   |
 * |-------------------|-------------------|-------------------------------------------|
 * | --port            | PORT              | 3000 (API under /api, web pages at /)     |
 * | --ses-port        | SES_PORT          | 8005 (the inbox page)                     |
 * | --sfn-port        | SFN_PORT          | any free port                             |
 * | --dynamodb-port   | DYNAMODB_PORT     | any free port                             |
 * | --day-seconds     | DAY_SECONDS       | real days                                 |
 * | --data-dir        | DATA_DIR          | .data/ in the checkout                    |
 * | --in-memory       | IN_MEMORY=true    | off: data survives restarts               |
 * | --config <file>   | COMPLAINTS_CONFIG | the example organisation                  |
 * | --demo            | DEMO=true         | the example organisation, whatever else   |
 * | --sweep-seconds   | SWEEP_SECONDS     | 2                                         |
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseOrganisationConfig } from '../lib/config/organisation';
import type { EmbeddedOptions } from './embedded';
import { EXAMPLE_CONFIG_FILE } from './paths';

export interface StartOptions extends Omit<EmbeddedOptions, 'config' | 'log'> {
  configFile: string;
  /** Whether the example organisation was chosen by default rather than asked for. */
  configByDefault: boolean;
}

export class StartOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartOptionsError';
  }
}

export const USAGE = `Usage: npm start -- [--port N] [--ses-port N] [--sfn-port N] [--dynamodb-port N]
       [--day-seconds N] [--data-dir DIR | --in-memory] [--config FILE | --demo] [--sweep-seconds N]`;

export function parseStartOptions(argv: readonly string[], env: NodeJS.ProcessEnv): StartOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        port: { type: 'string' },
        'ses-port': { type: 'string' },
        'sfn-port': { type: 'string' },
        'dynamodb-port': { type: 'string' },
        'day-seconds': { type: 'string' },
        'data-dir': { type: 'string' },
        'in-memory': { type: 'boolean' },
        config: { type: 'string' },
        demo: { type: 'boolean' },
        'sweep-seconds': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new StartOptionsError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }

  const port = (flag: string | undefined, variable: string, fallback?: number) =>
    number(flag ?? env[variable], `--${variable.toLowerCase().replace(/_/g, '-')}`, { integer: true, min: 0, max: 65535 }) ??
    fallback;
  const demo = values.demo ?? env.DEMO === 'true';
  const chosenConfig = demo ? undefined : (values.config ?? env.COMPLAINTS_CONFIG);
  const daySeconds = number(values['day-seconds'] ?? env.DAY_SECONDS, '--day-seconds', { min: 1 });
  const sweepSeconds = number(values['sweep-seconds'] ?? env.SWEEP_SECONDS, '--sweep-seconds', { min: 0.1 });
  const dataDir = values['data-dir'] ?? env.DATA_DIR;

  return {
    port: port(values.port, 'PORT', 3000),
    sesPort: port(values['ses-port'], 'SES_PORT', 8005),
    sfnPort: port(values['sfn-port'], 'SFN_PORT', 0),
    dynamoDbPort: port(values['dynamodb-port'], 'DYNAMODB_PORT', 0),
    daySeconds,
    sweepIntervalMs: sweepSeconds === undefined ? undefined : sweepSeconds * 1000,
    dataDir: dataDir === undefined ? undefined : path.resolve(dataDir),
    inMemory: values['in-memory'] ?? env.IN_MEMORY === 'true',
    configFile: chosenConfig ? path.resolve(chosenConfig) : EXAMPLE_CONFIG_FILE,
    configByDefault: !demo && !chosenConfig,
  };
}

export function readOrganisationConfig(file: string) {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StartOptionsError(`Cannot read the organisation config ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return parseOrganisationConfig(input, `organisation config ${file}`);
  } catch (error) {
    throw new StartOptionsError(error instanceof Error ? error.message : String(error));
  }
}

function number(
  text: string | undefined,
  name: string,
  limits: { integer?: boolean; min: number; max?: number },
): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  const valid =
    Number.isFinite(value) &&
    (!limits.integer || Number.isInteger(value)) &&
    value >= limits.min &&
    (limits.max === undefined || value <= limits.max);
  if (!valid) {
    const range = limits.max === undefined ? `at least ${limits.min}` : `${limits.min}–${limits.max}`;
    throw new StartOptionsError(`${name} must be ${limits.integer ? 'a whole number' : 'a number'} ${range}, not "${text}"`);
  }
  return value;
}
