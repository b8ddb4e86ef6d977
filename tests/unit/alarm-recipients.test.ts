/**
 * The alarms' recipients follow the directory (issue 12): its active administrators, or its
 * owners where there are none, kept as the alarm topic's email subscriptions.
 */
import type { SNSClient } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { SnsAlarmRecipients } from '../../lambdas/adapters/sns/sns-alarm-recipients';
import type { AlarmRecipients } from '../../lambdas/domain/directory-ports';
import { seedFrom, type DirectoryData } from '../../lambdas/domain/staff-directory';
import { addMember } from '../../lambdas/use-cases/add-member';
import { changeMember } from '../../lambdas/use-cases/change-member';
import { AlarmRecipientsKeeper, alarmRecipientsOf } from '../../lambdas/use-cases/keep-alarm-recipients';
import { ensureSeeded } from '../../lambdas/use-cases/current-directory';
import { directoryWorld } from '../helpers/directory-fakes';
import { principal } from '../helpers/submissions';
import { exampleOrg, testWorld } from '../helpers/use-case-context';

const seeded = seedFrom(exampleOrg);
const emailOf = (id: string) => seeded.members.find((m) => m.id === id)!.email;

class RecordingAlarmRecipients implements AlarmRecipients {
  readonly lists: string[][] = [];
  async keep(emails: readonly string[]) {
    this.lists.push([...emails]);
    return { subscribed: emails.length, unsubscribed: 0 };
  }
}

describe('Use case: the alarms’ recipients', () => {
  it('are the active administrators, or the active owners where there is no administrator', () => {
    const noAdministrator: DirectoryData = {
      ...seeded,
      members: seeded.members.map((m) => (m.roles.includes('administrator') ? { ...m, active: false } : m)),
    };

    expect(alarmRecipientsOf(seeded)).toEqual([emailOf('ian-murray')]);
    expect(alarmRecipientsOf(noAdministrator)).toEqual([emailOf('helen-okafor')]);
  });

  it('follow each change of the directory, once per version, and never the configuration once the directory is data', async () => {
    // Prepare
    const world = testWorld();
    const { admin, directories } = directoryWorld(world);
    const topic = new RecordingAlarmRecipients();
    const keeper = new AlarmRecipientsKeeper(async () => topic);
    const ian = principal('ian-murray');

    // Act: seeded; kept twice at the same version; then a second administrator, and Ian steps back
    await keeper.keep(await ensureSeeded(directories, admin.seed, world.clock));
    expect(await keeper.keep((await directories.load())!)).toBeUndefined();
    await addMember(admin, ian, {
      id: 'jo-bloggs',
      name: 'Jo Bloggs',
      email: 'jo.bloggs@acorn-early-years.example.org',
      roles: ['administrator'],
      settings: [],
      language: 'en',
    });
    await keeper.keep((await directories.load())!);
    await changeMember(admin, { ...ian, staffId: 'jo-bloggs' }, 'ian-murray', { active: false });
    await keeper.keep((await directories.load())!);

    // Assess
    expect(topic.lists).toEqual([
      [emailOf('ian-murray')],
      [emailOf('ian-murray'), 'jo.bloggs@acorn-early-years.example.org'],
      ['jo.bloggs@acorn-early-years.example.org'],
    ]);
  });
});

/** A stand-in for the SNS client: answers the three calls the adapter makes, and records them. */
class FakeSnsClient {
  readonly calls: { name: string; input: Record<string, unknown> }[] = [];
  constructor(private readonly pages: { Subscriptions: Record<string, string>[]; NextToken?: string }[]) {}
  async send(command: { constructor: { name: string }; input: Record<string, unknown> }) {
    this.calls.push({ name: command.constructor.name, input: command.input });
    if (command.constructor.name === 'ListSubscriptionsByTopicCommand') {
      const index = command.input.NextToken ? Number(command.input.NextToken) : 0;
      return this.pages[index];
    }
    return {};
  }
}

describe('Adapter: SnsAlarmRecipients', () => {
  const TOPIC = 'arn:aws:sns:eu-west-2:123456789012:Alarms';

  it('subscribes who is missing, unsubscribes confirmed people no longer on the list, and leaves pending ones and other protocols alone', async () => {
    // Prepare: two pages of subscriptions
    const client = new FakeSnsClient([
      {
        Subscriptions: [
          { Protocol: 'email', Endpoint: 'Ian.Murray@example.org', SubscriptionArn: `${TOPIC}:ian` },
          { Protocol: 'email', Endpoint: 'left@example.org', SubscriptionArn: `${TOPIC}:left` },
        ],
        NextToken: '1',
      },
      {
        Subscriptions: [
          { Protocol: 'email', Endpoint: 'never.confirmed@example.org', SubscriptionArn: 'PendingConfirmation' },
          { Protocol: 'sms', Endpoint: '+447700900123', SubscriptionArn: `${TOPIC}:pager` },
        ],
      },
    ]);
    const recipients = new SnsAlarmRecipients(client as unknown as SNSClient, TOPIC);

    // Act
    const result = await recipients.keep(['ian.murray@example.org', 'jo.bloggs@example.org']);

    // Assess
    expect(result).toEqual({ subscribed: 1, unsubscribed: 1 });
    const changes = client.calls.filter((c) => c.name !== 'ListSubscriptionsByTopicCommand');
    expect(changes).toEqual([
      { name: 'SubscribeCommand', input: { TopicArn: TOPIC, Protocol: 'email', Endpoint: 'jo.bloggs@example.org' } },
      { name: 'UnsubscribeCommand', input: { SubscriptionArn: `${TOPIC}:left` } },
    ]);
  });
});
