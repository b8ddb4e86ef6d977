import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SendEmailCommand, SESClient } from '@aws-sdk/client-ses';
import { afterAll, describe, expect, it } from 'vitest';
import { startSesLocal, type CapturedEmail, type SesLocal } from '../../local/ses-local';

const send = (url: string, subject: string) =>
  new SESClient({ endpoint: url, region: 'eu-west-2', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }).send(
    new SendEmailCommand({
      Source: 'complaints@example.org',
      Destination: { ToAddresses: ['parent@example.org'] },
      Message: { Subject: { Data: subject }, Body: { Text: { Data: 'We have your complaint.' } } },
    }),
    { abortSignal: AbortSignal.timeout(5_000) },
  );

const storedEmails = async (url: string) =>
  ((await (await fetch(`${url}/store`)).json()) as { emails: CapturedEmail[] }).emails;

describe('Function: startSesLocal', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ses-local-test-'));
  const storeFile = path.join(dir, 'inbox.jsonl');
  let ses: SesLocal | undefined;

  afterAll(async () => {
    await ses?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1, captures a v1 SendEmail, and shows an inbox page', async () => {
    // Prepare
    ses = await startSesLocal({ port: 0, storeFile });

    // Act
    await send(ses.url, 'Acknowledgement');
    const inbox = await fetch(ses.url);

    // Assess
    expect(ses.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await storedEmails(ses.url)).toMatchObject([
      { subject: 'Acknowledgement', destination: { to: ['parent@example.org'] }, body: { text: 'We have your complaint.' } },
    ]);
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toMatch(/<html/i);
  });

  it('says so when its port is taken, instead of pretending to listen', async () => {
    // Prepare
    const taken = ses?.port ?? 0;

    // Act + Assess
    await expect(startSesLocal({ port: taken })).rejects.toThrow(/could not listen.*port in use/);
  });

  it('keeps the inbox across a restart when given a store file', async () => {
    // Prepare
    await ses?.stop();

    // Act
    ses = await startSesLocal({ port: 0, storeFile });
    await send(ses.url, 'Reminder');

    // Assess
    expect((await storedEmails(ses.url)).map((email) => email.subject)).toEqual(['Acknowledgement', 'Reminder']);
    expect(readFileSync(storeFile, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('appends each email as one line: the file grows by that email alone, however full the inbox', async () => {
    // Prepare
    const before = statSync(storeFile).size;

    // Act
    await send(ses!.url, 'Overdue');

    // Assess
    const lines = readFileSync(storeFile, 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ subject: 'Overdue' });
    expect(statSync(storeFile).size - before).toBe(Buffer.byteLength(`${lines.at(-1)}\n`));
  });

  it('takes over the emails of an earlier inbox.json on start', async () => {
    // Prepare
    await ses?.stop();
    const upgraded = mkdtempSync(path.join(tmpdir(), 'ses-local-legacy-'));
    const earlier: CapturedEmail = {
      messageId: 'earlier-1',
      from: 'complaints@example.org',
      destination: { to: ['parent@example.org'], cc: [], bcc: [] },
      subject: 'From before',
      body: { text: 'Sent before the upgrade.' },
      at: 1_770_000_000,
    };
    writeFileSync(path.join(upgraded, 'inbox.json'), JSON.stringify({ emails: [earlier] }));

    // Act
    ses = await startSesLocal({ port: 0, storeFile: path.join(upgraded, 'inbox.jsonl') });

    // Assess
    expect((await storedEmails(ses.url)).map((email) => email.subject)).toEqual(['From before']);
    expect(readdirSync(upgraded)).toEqual(['inbox.jsonl']);
    rmSync(upgraded, { recursive: true, force: true });
  });
});
