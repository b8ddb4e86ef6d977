import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG_FILE } from '../../local/paths';
import { parseStartOptions, readOrganisationConfig, StartOptionsError } from '../../local/start-options';

describe('Function: parseStartOptions', () => {
  it('defaults to port 3000, the inbox on 8005, free internal ports, real days and the example organisation', () => {
    // Act
    const options = parseStartOptions([], {});

    // Assess
    expect(options).toMatchObject({
      port: 3000,
      sesPort: 8005,
      sfnPort: 0,
      dynamoDbPort: 0,
      daySeconds: undefined,
      inMemory: false,
      dataDir: undefined,
      configFile: EXAMPLE_CONFIG_FILE,
      configByDefault: true,
    });
  });

  it('takes flags before environment variables', () => {
    // Act
    const options = parseStartOptions(
      ['--port', '4000', '--day-seconds', '60', '--data-dir', 'tmp/data', '--config', 'my-org.json'],
      { PORT: '5000', SES_PORT: '9005', DAY_SECONDS: '30', SWEEP_SECONDS: '0.5', COMPLAINTS_CONFIG: 'other.json' },
    );

    // Assess
    expect(options).toMatchObject({
      port: 4000,
      sesPort: 9005,
      daySeconds: 60,
      sweepIntervalMs: 500,
      dataDir: path.resolve('tmp/data'),
      configFile: path.resolve('my-org.json'),
      configByDefault: false,
    });
  });

  it('loads the example organisation with --demo, whatever config is set', () => {
    // Act
    const options = parseStartOptions(['--demo'], { COMPLAINTS_CONFIG: 'other.json' });

    // Assess
    expect(options.configFile).toBe(EXAMPLE_CONFIG_FILE);
    expect(options.configByDefault).toBe(false);
    expect(readOrganisationConfig(options.configFile).settings).toHaveLength(2);
  });

  it('names the option that is wrong', () => {
    expect(() => parseStartOptions(['--port', '70000'], {})).toThrow(/--port must be a whole number 0–65535/);
    expect(() => parseStartOptions([], { DAY_SECONDS: 'soon' })).toThrow(/--day-seconds must be a number/);
    expect(() => parseStartOptions(['--colour'], {})).toThrow(StartOptionsError);
    expect(() => readOrganisationConfig('/nonexistent.json')).toThrow(/Cannot read the organisation config/);
  });
});
