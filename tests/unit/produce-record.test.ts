/** R1, R2, F3: producing the record of a period for Ofsted, and its forms. */
import { describe, expect, it } from 'vitest';
import { recordCsv, csvCell } from '../../lambdas/templates/record-csv';
import { produceRecord } from '../../lambdas/use-cases/produce-record';
import { recordAction } from '../../lambdas/use-cases/record-action';
import { writeSummativeRecord } from '../../lambdas/use-cases/write-summative-record';
import { submitComplaint } from '../../lambdas/use-cases/submit-complaint';
import { renderRecordPage } from '../../lambdas/templates/site/pages/record';
import { recordWorld, type RecordWorld } from '../helpers/record-world';
import { parentSubmission, principal } from '../helpers/submissions';

const SCOPE = { settingIds: ['oak-street'], from: '2026-01-01', to: '2026-03-31' };

async function worldWithTwo(): Promise<RecordWorld> {
  const world = recordWorld({ references: ['OAK1-AAAA', 'OAK2-BBBB', 'WIL1-CCCC'] });
  const staff = { actor: { kind: 'staff' as const, staffId: 'chloe-evans', role: 'settingManager' as const } };
  await submitComplaint(world.ctx, parentSubmission({ childName: 'Maya', keyPersonId: 'amira-khan', channel: 'phone', receivedAt: '2026-02-10T09:00:00Z' }), staff);
  await submitComplaint(world.ctx, parentSubmission({ channel: 'phone', receivedAt: '2026-03-01T09:00:00Z' }), staff);
  await submitComplaint(world.ctx, parentSubmission({ settingId: 'willow-lane' }), { actor: { kind: 'complainant' } });
  await writeSummativeRecord(world.ctx, principal('chloe-evans'), 'OAK1-AAAA', {
    eyfsAreas: ['safeguardingAndWelfare'],
    raised: '=HYPERLINK("http://evil.example","click") child A was given the wrong lunch.',
    investigation: 'Staff member A was asked, and the kitchen checked.',
    actionTaken: '+1 new check at lunch; "labels" on every box.',
  });
  await recordAction(world.ctx, 'OAK1-AAAA', { type: 'outcome', outcome: 'upheld', summary: 'We agree.' }, principal('chloe-evans'));
  return world;
}

describe('Use case: produceRecord (R1, R2)', () => {
  it('R1: the record of a period and setting, newest first, headed with the organisation, settings and URNs, logged with who and which period', async () => {
    const world = await worldWithTwo();
    const record = await produceRecord(world.rctx, { kind: 'staff', principal: principal('chloe-evans') }, SCOPE, 'csv');
    expect(record.organisation).toBe('Acorn Early Years Trust');
    expect(record.settings).toEqual([{ id: 'oak-street', name: 'Oak Street Nursery', ofstedUrn: 'EY123456' }]);
    expect(record.entries.map((entry) => entry.reference)).toEqual(['OAK2-BBBB', 'OAK1-AAAA']);
    expect(record.entries[1]).toMatchObject({ outcome: 'upheld', eyfsAreas: ['safeguardingAndWelfare'], practiceReview: { status: 'open' } });
    expect(record.entries[1]!.people).toEqual(['child A', 'parent A', 'staff member A']);
    expect(world.records.productionLog).toEqual([
      expect.objectContaining({ by: { kind: 'staff', staffId: 'chloe-evans' }, scope: SCOPE, format: 'csv', complaints: 2 }),
    ]);
    expect(world.records.access.map((entry) => [entry.complaintId, entry.kind, entry.by])).toEqual([
      ['OAK2-BBBB', 'export', 'chloe-evans'],
      ['OAK1-AAAA', 'export', 'chloe-evans'],
    ]);
  });

  it('R1: the printable page says when it was produced to the minute, in London time', async () => {
    const world = await worldWithTwo();
    const record = await produceRecord(world.rctx, { kind: 'staff', principal: principal('chloe-evans') }, SCOPE, 'html');
    // 14:05 UTC on 31 March 2026 is 15:05 in London (summer time began on the 29th).
    const page = renderRecordPage({ ...record, producedAt: '2026-03-31T14:05:00.000Z' }, '/s.css');
    expect(page).toContain('<dt>Produced</dt><dd>31 March 2026 at 15:05</dd>');
  });

  it('R2: no name the complaint holds appears anywhere in the record', async () => {
    const world = await worldWithTwo();
    const record = await produceRecord(world.rctx, { kind: 'staff', principal: principal('ian-murray') }, SCOPE, 'json');
    const text = JSON.stringify(record) + recordCsv(record) + renderRecordPage(record, '/s.css');
    for (const name of ['Maya', 'Sam Parent', 'sam.parent@example.com', 'Amira', 'Lunches have been served cold']) expect(text).not.toContain(name);
  });

  it('R3: an expired complaint keeps its row in the record of its period, without its details', async () => {
    const world = await worldWithTwo();
    world.records.expire('OAK1-AAAA');
    const record = await produceRecord(world.rctx, { kind: 'staff', principal: principal('ian-murray') }, SCOPE, 'json');
    expect(record.entries.find((entry) => entry.reference === 'OAK1-AAAA')).toMatchObject({ tombstone: true, outcome: 'upheld', people: [] });
    expect(record.entries.find((entry) => entry.reference === 'OAK1-AAAA')!.summary).toBeUndefined();
  });

  it('R1: an export reads what its complaints say with one query per setting, never one read per complaint, so its cost follows its period', async () => {
    // Prepare
    const world = await worldWithTwo();
    for (const day of ['05', '06', '07', '08']) {
      await submitComplaint(world.ctx, parentSubmission({ channel: 'phone', receivedAt: `2026-01-${day}T09:00:00Z` }), {
        actor: { kind: 'staff', staffId: 'chloe-evans', role: 'settingManager' },
      });
    }
    // Act
    const record = await produceRecord(world.rctx, { kind: 'staff', principal: principal('gareth-price') }, { ...SCOPE, settingIds: ['oak-street', 'willow-lane'] }, 'json');
    // Assess
    expect(world.records.detailQueries).toBe(2);
    const oak = record.entries.filter((entry) => entry.settingId === 'oak-street');
    expect(oak).toHaveLength(6);
    expect(oak.find((entry) => entry.reference === 'OAK1-AAAA')).toMatchObject({
      summary: { investigation: 'Staff member A was asked, and the kitchen checked.' },
      people: ['child A', 'parent A', 'staff member A'],
    });
    expect(world.records.access.map((entry) => entry.complaintId).sort()).toEqual(record.entries.map((entry) => entry.reference).sort());
  });

  it('F3: a key person may not produce the record, nor a manager of another setting', async () => {
    const world = await worldWithTwo();
    await expect(produceRecord(world.rctx, { kind: 'staff', principal: principal('amira-khan') }, SCOPE, 'json')).rejects.toMatchObject({ name: 'ForbiddenError' });
    await expect(produceRecord(world.rctx, { kind: 'staff', principal: principal('elena-popescu') }, SCOPE, 'json')).rejects.toMatchObject({ name: 'ForbiddenError' });
  });

  it.each([
    [{ ...SCOPE, settingIds: ['elm-road'] }, 'settingIds'],
    [{ ...SCOPE, from: '2026-04-01' }, 'to'],
    [{ ...SCOPE, from: '2020-01-01' }, 'from'],
  ])('R1: a bad period or setting is refused naming the field (%j)', async (scope, field) => {
    const world = await worldWithTwo();
    await expect(produceRecord(world.rctx, { kind: 'staff', principal: principal('ian-murray') }, scope, 'json')).rejects.toMatchObject({
      fields: expect.arrayContaining([expect.objectContaining({ field })]),
    });
  });
});

describe('Template: the record as CSV (R1)', () => {
  it.each([
    ['=1+1', `"'=1+1"`],
    ['+44 113', `"'+44 113"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['say "hi"', '"say ""hi"""'],
    ['Łódź, مرحبا', '"Łódź, مرحبا"'],
  ])('a cell %j is written %s: never a formula, always quoted', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('R1: one header line and one line per complaint, CRLF, with a byte-order mark; a formula typed in a summary stays text', async () => {
    const world = await worldWithTwo();
    const record = await produceRecord(world.rctx, { kind: 'staff', principal: principal('ian-murray') }, SCOPE, 'csv');
    const csv = recordCsv(record);
    expect(csv.startsWith('\ufeff"Reference",')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") child A was given the wrong lunch."`);
    expect(lines[2]).toContain(`"'+1 new check at lunch; ""labels"" on every box."`);
    expect(lines[2]).toContain('"EY123456"');
  });
});
