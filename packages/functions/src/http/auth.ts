import { AuthError, ForbiddenError } from "@futodama/core";
import {
  createRemoteJWKSet,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
} from "jose";
import * as z from "zod";
import { type Config, ConfigError } from "../config";
import { type Role, roles } from "./route-types";
import { VerifiedTokens } from "./verified-tokens";

export interface AuthContext {
  tenantId: string;
  role: Role;
  subject: string;
}

const claimsSchema = z.object({
  sub: z.string().min(1).optional(),
  tenant: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/, "tenant must be a slug"),
  role: z.enum(roles),
});

/** How far the issuer's clock may be ahead of ours. */
const clockSkewSeconds = 60;

const rank: Record<Role, number> = { viewer: 0, recruiter: 1, admin: 2 };

let jwks: { url: string; get: JWTVerifyGetKey } | undefined;

const verified = new VerifiedTokens();

function keyFor(cfg: Config): Uint8Array | JWTVerifyGetKey {
  if (cfg.JWT_JWKS_URL) {
    if (jwks?.url !== cfg.JWT_JWKS_URL)
      jwks = { url: cfg.JWT_JWKS_URL, get: createRemoteJWKSet(new URL(cfg.JWT_JWKS_URL)) };
    return jwks.get;
  }
  if (!cfg.JWT_SECRET) {
    throw new ConfigError("Invalid configuration:\n  JWT_SECRET: set JWT_SECRET or JWT_JWKS_URL");
  }
  return new TextEncoder().encode(cfg.JWT_SECRET);
}

function bearer(headers: Record<string, string | undefined>): string {
  const header = headers.authorization ?? headers.Authorization;
  if (!header) throw new AuthError("auth.missing_token", "Send an Authorization: Bearer <token> header");
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1])
    throw new AuthError("auth.invalid_token", "The Authorization header must be 'Bearer <token>'");
  return match[1];
}

/** The signature, issuer, audience, expiry and age checked by jose; a token that passes is kept. */
async function verify(
  cfg: Config,
  token: string,
  key: Uint8Array | JWTVerifyGetKey,
  cacheKey: string,
): Promise<JWTPayload> {
  try {
    const options = {
      issuer: cfg.JWT_ISSUER,
      audience: cfg.JWT_AUDIENCE,
      algorithms: cfg.JWT_JWKS_URL ? ["RS256", "ES256", "PS256"] : ["HS256"],
      // A token without an expiry would be good forever; `maxTokenAge` also refuses an `iat`
      // in the future (beyond the tolerated clock skew) and any token older than the maximum age.
      requiredClaims: ["exp", "iat"],
      maxTokenAge: cfg.JWT_MAX_AGE_SECONDS,
      clockTolerance: clockSkewSeconds,
    };
    const { payload } =
      key instanceof Uint8Array ? await jwtVerify(token, key, options) : await jwtVerify(token, key, options);
    verified.set(cacheKey, payload, cfg.JWT_MAX_AGE_SECONDS);
    return payload;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw new AuthError("auth.token_expired", "The token has expired; get a new one", { cause: error });
    }
    throw new AuthError("auth.invalid_token", "The token is malformed, badly signed or not for this API", {
      cause: error,
    });
  }
}

/** Verifies the bearer token (HS256 secret, or JWKS in production) and the route's least role. */
export async function authenticate(
  cfg: Config,
  headers: Record<string, string | undefined>,
  least: Role,
): Promise<AuthContext> {
  const token = bearer(headers);
  // Outside the try: a missing key is the deployment's mistake (a 500 naming it), not the caller's.
  const key = keyFor(cfg);
  const cacheKey = [
    cfg.JWT_JWKS_URL ?? `hs256:${cfg.JWT_SECRET}`,
    cfg.JWT_ISSUER,
    cfg.JWT_AUDIENCE,
    cfg.JWT_MAX_AGE_SECONDS,
    token,
  ].join("\n");
  const payload = verified.get(cacheKey) ?? (await verify(cfg, token, key, cacheKey));
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) {
    throw new AuthError(
      "auth.invalid_claims",
      "The token must carry a tenant and a role (viewer, recruiter, admin)",
    );
  }
  const { tenant, role, sub } = claims.data;
  if (rank[role] < rank[least]) {
    throw new ForbiddenError("auth.forbidden", `This action needs the ${least} role; the token has ${role}`);
  }
  return { tenantId: tenant, role, subject: sub ?? `${tenant}:${role}` };
}

export interface TokenRequest {
  secret: string;
  tenantId: string;
  role: Role;
  issuer: string;
  audience: string;
  subject?: string;
  /** Lifetime in seconds, default 12 hours. */
  ttlSeconds?: number;
}

/** Signs an HS256 token, as the local runtime and `futodama token` hand out. */
export async function signToken(req: TokenRequest): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ tenant: req.tenantId, role: req.role })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(req.subject ?? `dev:${req.tenantId}`)
    .setIssuer(req.issuer)
    .setAudience(req.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (req.ttlSeconds ?? 12 * 3600))
    .sign(new TextEncoder().encode(req.secret));
}
