import { createHash } from "node:crypto";
import { noStoreJson } from "./error-answers";
import type { Param } from "./input-hygiene";

/**
 * One redemption at a time per authorization code or refresh token, decided by the database.
 *
 * The provider checks and consumes a code or refresh token in separate statements, so
 * concurrent requests with one credential interleave: a request that finds the code consumed
 * deletes the tokens issued for it while the winner is still writing them (a foreign-key
 * error, 500, nobody gets tokens), and a refresh token's reuse detection may run before the
 * winner's new tokens exist, so they survive the revocation. Here the first request claims the
 * credential in the `token_redemption` table; a concurrent one is refused with `invalid_grant`
 * and marks the claim reused; when the winner is done and a reuse was seen, the credential is
 * presented once more to the provider, whose own replay detection then revokes everything
 * issued from it, the winner's new tokens included. Sequential replays reach the provider as
 * before. With REFRESH_TOKEN_REUSE_INTERVAL > 0 the provider's grace window handles refresh
 * tokens itself, so only codes are claimed.
 */
export type SingleUseCredential = { key: string; grantType: string };

export function singleUseCredential(
  endpoint: string,
  params: Param[],
  refreshReuseInterval: number,
): SingleUseCredential | undefined {
  if (endpoint !== "/oauth2/token") return undefined;
  const value = (name: string) => params.find(([n]) => n === name)?.[1];
  const grantType = value("grant_type");
  const credential =
    grantType === "authorization_code"
      ? value("code")
      : grantType === "refresh_token" && refreshReuseInterval === 0
        ? value("refresh_token")
        : undefined;
  if (!credential) return undefined;
  const key = createHash("sha256").update(`${grantType}:${credential}`).digest("base64url");
  return { key, grantType: grantType! };
}

export const concurrentUse = (grantType: string) =>
  noStoreJson(400, {
    error: "invalid_grant",
    error_description:
      grantType === "authorization_code"
        ? "The authorization code is already being redeemed"
        : "The refresh token is already being used",
  });

/**
 * Runs `redeem` as the only redemption of `credential`; `replay` presents it again to the
 * provider after a concurrent reuse, so the provider revokes what was issued from it.
 */
export async function redeemOnce(
  credential: SingleUseCredential,
  redeem: () => Promise<Response>,
  replay: () => Promise<Response>,
): Promise<Response> {
  // Loaded here, not at the top: the boundary's unit tests run without a database.
  const { claimRedemption, releaseRedemption } = await import("@/db/writes/token-redemption");
  if (!(await claimRedemption(credential.key))) return concurrentUse(credential.grantType);
  let response: Response | undefined;
  try {
    response = await redeem();
  } finally {
    const reused = await releaseRedemption(credential.key);
    if (reused && response?.ok) {
      const revocation = await replay();
      console.warn(
        `[gatehouse] concurrent reuse of one ${credential.grantType}: grant revoked (${revocation.status})`,
      );
    }
  }
  return response;
}
