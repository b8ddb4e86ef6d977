/**
 * The embedded default's sign-in: the equivalent of the Cognito user pool and API Gateway's
 * JWT authorizer. It issues RS256 ID tokens with the same claims Cognito puts in them
 * (`cognito:groups`, `custom:staffId`, `custom:settings`) for the active members of the
 * current staff directory (read from the table at each sign-in, as Cognito's accounts follow
 * the directory in AWS), and
 * verifies them the same way API Gateway does (signature, issuer, audience, expiry; RS256
 * only), handing the handlers the same flattened claims. The key pair lives in memory: a
 * restart signs everyone out, as a rotated key would.
 */
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type JWK, type JWTPayload } from 'jose';
import type { DirectoryMember } from '../lambdas/domain/directory';
import { CLAIMS } from '../lambdas/handlers/auth';

export const LOCAL_AUDIENCE = 'complaints-local-console';
const TOKEN_LIFETIME_SECONDS = 3600;

export type FlattenedClaims = Record<string, string | number | boolean>;

export interface LocalAuth {
  issuer: string;
  /** Signs in a member of staff of the organisation; undefined for an unknown id. */
  signIn(staffId: string): Promise<string | undefined>;
  /** The claims of a valid token, as API Gateway hands them on; undefined for any invalid one. */
  verify(token: string): Promise<FlattenedClaims | undefined>;
  jwks(): { keys: JWK[] };
}

/** The active members of the directory as it is now. */
export type CurrentMembers = () => Promise<readonly DirectoryMember[]>;

export async function createLocalAuth(members: CurrentMembers, issuer: string): Promise<LocalAuth> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'local-1', alg: 'RS256', use: 'sig' };
  return {
    issuer,
    async signIn(staffId) {
      const member = (await members()).find((s) => s.id === staffId);
      if (!member) return undefined;
      return new SignJWT({
        [CLAIMS.tokenUse]: 'id',
        email: member.email,
        name: member.name,
        [CLAIMS.groups]: member.roles,
        [CLAIMS.staffId]: member.id,
        [CLAIMS.settings]: member.settings.join(','),
      })
        .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(LOCAL_AUDIENCE)
        .setSubject(member.id)
        .setIssuedAt()
        .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
        .sign(privateKey);
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, publicKey, {
          issuer,
          audience: LOCAL_AUDIENCE,
          algorithms: ['RS256'],
        });
        return flatten(payload);
      } catch {
        return undefined;
      }
    },
    jwks: () => ({ keys: [publicJwk] }),
  };
}

/** API Gateway flattens claims for Lambdas: arrays become "[a b]", objects JSON. */
function flatten(payload: JWTPayload): FlattenedClaims {
  return Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? `[${value.join(' ')}]`
        : typeof value === 'object' && value !== null
          ? JSON.stringify(value)
          : (value as string | number | boolean),
    ]),
  );
}

/** The bearer token of a request, if any. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}
