import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parentComplaintRequest, examplesOf } from '../../lambdas/handlers/schemas';
import {
  eventually,
  processesMentioning,
  startEmbeddedProcess,
  type EmbeddedProcess,
} from './helpers/embedded-process';
import { emailsIn } from './helpers/inbox';
import { readExecutionLog } from '../../local/execution-store';
import { timingToken } from '../helpers/form-token';

const [exampleComplaint] = examplesOf(parentComplaintRequest) as object[];

const executionsIn = (dataDir: string) => readExecutionLog(path.join(dataDir, 'executions.jsonl'));

describe('npm start: the embedded default', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'embedded-e2e-'));
  const running: EmbeddedProcess[] = [];
  /** DynamoDB Local (java and its watchdog) serving this test's data. */
  const dynamoDbProcesses = () => processesMentioning(path.join(dataDir, 'dynamodb'));

  afterEach(() => {
    for (const embedded of running.splice(0)) embedded.child.kill('SIGKILL');
  });

  afterAll(async () => {
      // The watchdog stops java when its parent dies; give it a moment before removing data.
    await eventually(dynamoDbProcesses, (pids) => pids.length === 0);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints API, Web and Inbox, then ready; answers /health; stops cleanly on Ctrl-C', async () => {
    // Prepare
    const embedded = await startEmbeddedProcess(['--data-dir', dataDir]);
    running.push(embedded);

    // Act
    const health = await fetch(`${embedded.web}/health`);
    const apiHealth = await fetch(`${embedded.api}/health`);
    const inboxPage = await fetch(embedded.inbox);
    const javaWhileRunning = dynamoDbProcesses();
    embedded.child.kill('SIGINT');
    const exitCode = await embedded.exited;

    // Assess
    expect(embedded.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
    expect(embedded.web).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(embedded.inbox).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(embedded.output()).toMatch(/API: .*\nWeb: .*\nInbox: .*\nready\n/);
    expect([health.status, apiHealth.status, inboxPage.status]).toEqual([200, 200, 200]);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(javaWhileRunning.length).toBeGreaterThan(0);
    expect(exitCode).toBe(0);
    expect(dynamoDbProcesses()).toEqual([]);
  });

  it('takes a parent complaint, starts its clock and shows the acknowledgement in the inbox', async () => {
    // Prepare
    const embedded = await startEmbeddedProcess(['--data-dir', dataDir]);
    running.push(embedded);

    // Act
    const response = await fetch(`${embedded.api}/complaints/parent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...exampleComplaint, formToken: await timingToken(embedded.api) }),
    });
    // The acknowledgement and the manager's notification go off the request path.
    const emails = await eventually(() => emailsIn(embedded.inbox), (list) => list.length >= 2);
    await eventually(() => executionsIn(dataDir), (list) => list.some((execution) => execution.status === 'RUNNING'));

    // Assess
    expect(response.status).toBe(201);
    expect(emails.some((email) => email.destination.to.includes('sam.taylor@example.com'))).toBe(true);
    expect(executionsIn(dataDir).some((execution) => execution.status === 'RUNNING')).toBe(true);
  });

  it('comes back after SIGKILL with its complaint, running clock and inbox, sending nothing twice', async () => {
    // Prepare: the complaint of the previous test is in the data folder, its clock running.
    const first = await startEmbeddedProcess(['--data-dir', dataDir]);
    running.push(first);
    const emailsBefore = await emailsIn(first.inbox);

    // Act
    first.child.kill('SIGKILL');
    await first.exited;
    const javaLeft = await eventually(dynamoDbProcesses, (pids) => pids.length === 0);
    const second = await startEmbeddedProcess(['--data-dir', dataDir]);
    running.push(second);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const emailsAfter = await emailsIn(second.inbox);

    // Assess
    expect(javaLeft).toEqual([]);
    expect(second.output()).toMatch(/Resumed \d+ running execution/);
    expect(executionsIn(dataDir).filter((execution) => execution.status === 'RUNNING').length).toBeGreaterThan(0);
    expect(emailsAfter.map((email) => email.messageId)).toEqual(emailsBefore.map((email) => email.messageId));
  });
});
