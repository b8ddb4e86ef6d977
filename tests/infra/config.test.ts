import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOrganisationConfig } from '../../lib/config/organisation';
import { EXAMPLE_CONFIG_FILE } from './helpers/synth';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface AppRun {
  status: number | null;
  stderr: string;
}

/** Runs bin/app.ts as the CDK CLI would (CDK_OUTDIR set, context in CDK_CONTEXT_JSON). */
function runApp(env: Record<string, string>): Promise<AppRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bin/app.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CDK_VALIDATION: 'false', ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

function example(): Record<string, unknown> & { staff: Array<Record<string, unknown>> } {
  return JSON.parse(readFileSync(EXAMPLE_CONFIG_FILE, 'utf8'));
}

describe('App: organisation config', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'complaints-config-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Each run starts a Node process (about three seconds): the two run side by side.
  it.concurrent('fails the synth with a message naming each bad field: an unknown setting, a bad sender email', async () => {
    // Prepare
    const config = example();
    config.senderEmail = 'not an email';
    config.staff[0]!.settings = ['no-such-setting'];
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(config));

    // Act: the file named by COMPLAINTS_CONFIG.
    const run = await runApp({ COMPLAINTS_CONFIG: file, CDK_OUTDIR: join(dir, 'out-bad') });

    // Assess
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Invalid organisation config ${file}`);
    expect(run.stderr).toMatch(/senderEmail: .*email/i);
    expect(run.stderr).toContain('staff.0.settings.0: no setting has the id "no-such-setting"');
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it.concurrent('P3: fails the synth when an allegation at some setting could reach fewer than two people who are not the accused, naming the setting', async () => {
    // Prepare: Willow Lane's manager is its only safeguarding lead, and no line manager covers it.
    const config = example();
    config.staff = config.staff.map((member) => (member.id === 'gareth-price' ? { ...member, settings: ['oak-street'] } : member));
    const file = join(dir, 'no-one-to-alert.json');
    writeFileSync(file, JSON.stringify(config));

    // Act
    const run = await runApp({ COMPLAINTS_CONFIG: file, CDK_OUTDIR: join(dir, 'out-no-one') });

    // Assess
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('setting "willow-lane": an allegation would alert fewer than 2 people who are not the accused (when it is about elena-popescu');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.concurrent('reads the file named by the `config` context (-c config=...), and says so when it is not JSON', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "id": ');
    const run = await runApp({ CDK_CONTEXT_JSON: JSON.stringify({ config: file }), CDK_OUTDIR: join(dir, 'out-broken') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Cannot read the organisation config ${file}`);
  });

  it('names the field of a duplicate staff id and of a setting with no manager', () => {
    const config = example();
    config.staff = config.staff.filter((member) => member.id !== 'elena-popescu');
    config.staff.push({ ...config.staff[0]!, name: 'Copy' });
    expect(() => parseOrganisationConfig(config)).toThrowError(/staff\.\d+\.id: duplicate staff id "amira-khan"/);
    expect(() => parseOrganisationConfig(config)).toThrowError(/setting "willow-lane" has no settingManager/);
  });
});
