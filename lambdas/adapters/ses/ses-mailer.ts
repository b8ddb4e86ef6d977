import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { Mailer, OutgoingEmail } from '../../domain/ports';

/**
 * Sends through SES (v1 SendEmail, which the embedded emulator also speaks). Each call has
 * a time limit: a send that hangs must fail and be retried from the outbox, not stall a clock.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly client: SESClient,
    private readonly from: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(email: OutgoingEmail): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        Source: this.from,
        Destination: { ToAddresses: [email.to] },
        Message: {
          Subject: { Data: email.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
        },
      }),
      { abortSignal: AbortSignal.timeout(this.timeoutMs) },
    );
  }
}
