/**
 * Who is emailed when an alarm goes off: the email subscriptions of the service's alarm topic,
 * kept equal to the directory's list (issue 12). Subscribing sends the person AWS's
 * confirmation email; until they confirm, the subscription is pending and receives nothing.
 * A pending subscription cannot be removed (AWS lets it expire after three days), so only
 * confirmed ones are unsubscribed; one that expired unconfirmed is subscribed again (a fresh
 * confirmation email) the next time the list is brought in line.
 *
 * Only the outbox sweeper imports this module, and only when the directory changed (a chunk
 * of its own): no other bundle carries the SNS client.
 */
import {
  ListSubscriptionsByTopicCommand,
  SubscribeCommand,
  UnsubscribeCommand,
  type SNSClient,
  type Subscription,
} from '@aws-sdk/client-sns';
import type { AlarmRecipients } from '../../domain/directory-ports';

const PENDING = 'PendingConfirmation';

// The calls below are exactly ALARM_TOPIC_ACTIONS (alarm-topic-actions.ts), which the sweeper's role is granted.

export class SnsAlarmRecipients implements AlarmRecipients {
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
  ) {}

  async keep(emails: readonly string[]): Promise<{ subscribed: number; unsubscribed: number }> {
    const wanted = new Set(emails.map((email) => email.toLowerCase()));
    const current = (await this.emailSubscriptions()).map((s) => ({ ...s, email: (s.Endpoint ?? '').toLowerCase() }));
    const have = new Set(current.map((s) => s.email));
    let subscribed = 0;
    let unsubscribed = 0;
    for (const email of wanted) {
      if (have.has(email)) continue;
      await this.client.send(new SubscribeCommand({ TopicArn: this.topicArn, Protocol: 'email', Endpoint: email }));
      subscribed += 1;
    }
    for (const subscription of current) {
      if (wanted.has(subscription.email) || !subscription.SubscriptionArn || subscription.SubscriptionArn === PENDING) continue;
      await this.client.send(new UnsubscribeCommand({ SubscriptionArn: subscription.SubscriptionArn }));
      unsubscribed += 1;
    }
    return { subscribed, unsubscribed };
  }

  private async emailSubscriptions(): Promise<Subscription[]> {
    const all: Subscription[] = [];
    let NextToken: string | undefined;
    do {
      const page = await this.client.send(new ListSubscriptionsByTopicCommand({ TopicArn: this.topicArn, NextToken }));
      all.push(...(page.Subscriptions ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    // Other protocols (an on-call pager an engineer added by hand) are not the directory's.
    return all.filter((s) => s.Protocol === 'email');
  }
}
