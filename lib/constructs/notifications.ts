/**
 * Email: the SES identity the organisation sends from, and who may send as it.
 *
 * An email-address identity, not a domain identity: it needs one click on a link SES
 * sends, where a domain needs DNS records that a nursery may not control and this stack
 * cannot write without knowing their DNS host. An organisation that can verify its domain
 * with Easy DKIM should (docs/deploy.md): its mail is then DMARC-aligned and the address
 * identity below simply inherits the domain's signing.
 */
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface NotificationsProps {
  /** The organisation's sender address (config.senderEmail). */
  senderEmail: string;
}

export class Notifications extends Construct {
  public readonly senderEmail: string;
  public readonly identity: ses.EmailIdentity;
  /** The identity's default: bounce and complaint rates per configuration set, so a
   * reputation problem with these notices is visible apart from other mail of the account. */
  public readonly configurationSet: ses.ConfigurationSet;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    this.senderEmail = props.senderEmail;
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
    });
    this.identity = new ses.EmailIdentity(this, 'Sender', {
      identity: ses.Identity.email(props.senderEmail),
      configurationSet: this.configurationSet,
    });
  }

  /**
   * ses:SendEmail with the organisation's sender as the From address, and nothing else.
   *
   * The resource is every SES identity of the account, not only the sender's: in the SES
   * sandbox, where every new account starts, SES also authorizes against each recipient's
   * identity, so a policy naming the sender alone denies every test email. The condition on
   * ses:FromAddress is what holds the function to the organisation's sender.
   */
  grantSend(grantee: iam.IGrantable): iam.Grant {
    const stack = Stack.of(this);
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['ses:SendEmail'],
      resourceArns: [
        stack.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' }),
        stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.configurationSet.configurationSetName }),
      ],
      conditions: { StringEquals: { 'ses:FromAddress': this.senderEmail } },
    });
  }
}
