/**
 * Staff sign-in: a Cognito user pool with a group per role and each person's settings and
 * staff id as custom attributes, so that the ID token carries them as claims. The HTTP API
 * checks the token with a JWT authorizer; the handlers check role and setting from the claims.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { Construct } from 'constructs';
import { ROLES } from '../../lambdas/domain/procedure';
import { STAFF_PAGES } from '../../lambdas/templates/site/paths';

export interface StaffAuthProps {
  /** Where the staff console lives, for the sign-in redirect; localhost when absent. */
  consoleUrl?: string;
  /** The hosted sign-in domain's prefix; without one there are no hosted sign-in pages. */
  domainPrefix?: string;
}

export class StaffAuth extends Construct {
  public readonly userPool: cognito.UserPool;
  public readonly client: cognito.UserPoolClient;
  public readonly authorizer: HttpJwtAuthorizer;
  /** One group per role: accounts are put in them, so they must exist first. */
  public readonly groups: readonly cognito.CfnUserPoolGroup[];
  /** The hosted sign-in pages' host name, when there is a domain. */
  public readonly signInDomain?: string;

  constructor(scope: Construct, id: string, props: StaffAuthProps = {}) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'Staff', {
      // Staff accounts are made by an administrator, never by sign-up from the internet.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      customAttributes: {
        staffId: new cognito.StringAttribute({ minLen: 1, maxLen: 63, mutable: false }),
        // Comma-separated setting ids: the settings this person works in or oversees.
        settings: new cognito.StringAttribute({ minLen: 0, maxLen: 2048, mutable: true }),
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.groups = ROLES.map(
      (role) =>
        new cognito.CfnUserPoolGroup(this, `Group-${role}`, {
          userPoolId: this.userPool.userPoolId,
          groupName: role,
          description: `Staff with the ${role} role`,
        }),
    );

    const consoleUrl = (props.consoleUrl ?? 'http://localhost:3000').replace(/\/$/, '');
    this.client = this.userPool.addClient('Console', {
      generateSecret: false, // a browser app cannot keep a secret: authorization code + PKCE
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        // Real objects in the bucket: CloudFront's default root object only works at `/`.
        callbackUrls: [`${consoleUrl}${STAFF_PAGES.signedIn}`],
        logoutUrls: [`${consoleUrl}${STAFF_PAGES.signIn}`],
      },
      // The console reads staffId and settings; nobody may write them but an administrator.
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, fullname: true })
        .withCustomAttributes('staffId', 'settings'),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
    });

    if (props.domainPrefix) {
      this.userPool.addDomain('SignIn', { cognitoDomain: { domainPrefix: props.domainPrefix } });
      this.signInDomain = `${props.domainPrefix}.auth.${Stack.of(this).region}.amazoncognito.com`;
    }

    const issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
    // The ID token carries the groups and custom attributes; its audience is the client id.
    this.authorizer = new HttpJwtAuthorizer('StaffJwt', issuer, {
      jwtAudience: [this.client.userPoolClientId],
    });
  }
}
