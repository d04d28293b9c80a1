/**
 * The life of a signing key (issue 11), decided from the jwt plugin's own `jwks` columns:
 * - **signing**: the newest live key of its algorithm (no `expiresAt`, or one in the future) —
 *   the key the plugin signs with;
 * - **verification**: it stopped signing (its `expiresAt` passed, or a newer key of its
 *   algorithm superseded it) less than the grace period ago: still published in the JWKS;
 * - **retired**: the grace period is over, or an admin retired it (`expiresAt` = the epoch):
 *   no longer published, and nothing verifies with it.
 * The plugin's own JWKS filter (`jwks.gracePeriod`, docs/library-facts.md#fact-74) uses the same
 * rule for keys with an `expiresAt`; this module also covers keys rotated before they had one.
 */
export type KeyTimes = {
  id: string;
  alg?: string | null;
  createdAt: Date;
  expiresAt?: Date | null;
};

export type KeyState = {
  state: "signing" | "verification" | "retired";
  /** When it stopped signing (null while it signs). */
  stoppedSigningAt: Date | null;
  /** Last moment it is published (null while it signs). */
  publishedUntil: Date | null;
  /** Retired by an admin rather than by the passing of the grace period. */
  retiredByHand: boolean;
};

/** `expiresAt` an admin's "Retire now" writes: before any grace period can reach. */
export const RETIRED_BY_HAND = new Date(0);

const isLive = (key: KeyTimes, now: Date) => !key.expiresAt || key.expiresAt > now;

export function signingKeyStates<T extends KeyTimes>(
  keys: readonly T[],
  now: Date,
  graceSeconds: number,
  defaultAlg: string,
): Map<string, KeyState> {
  const states = new Map<string, KeyState>();
  const byAlg = new Map<string, T[]>();
  for (const key of keys) {
    const alg = key.alg ?? defaultAlg;
    byAlg.set(alg, [...(byAlg.get(alg) ?? []), key]);
  }
  for (const group of byAlg.values()) {
    const newestFirst = [...group].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    const signing = newestFirst.find((k) => isLive(k, now));
    newestFirst.forEach((key, index) => {
      if (key === signing) {
        states.set(key.id, {
          state: "signing",
          stoppedSigningAt: null,
          publishedUntil: null,
          retiredByHand: false,
        });
        return;
      }
      const supersededAt = newestFirst
        .slice(0, index)
        .reduce<Date | null>((at, k) => (!at || k.createdAt < at ? k.createdAt : at), null);
      const ended = key.expiresAt && key.expiresAt <= now ? key.expiresAt : null;
      const candidates = [supersededAt, ended].filter((d): d is Date => d !== null);
      const stoppedSigningAt = new Date(Math.min(...candidates.map((d) => d.getTime())));
      const retiredByHand = key.expiresAt?.getTime() === RETIRED_BY_HAND.getTime();
      const publishedUntil = new Date(stoppedSigningAt.getTime() + graceSeconds * 1000);
      states.set(key.id, {
        state: retiredByHand || publishedUntil <= now ? "retired" : "verification",
        stoppedSigningAt: retiredByHand ? (supersededAt ?? null) : stoppedSigningAt,
        publishedUntil: retiredByHand ? null : publishedUntil,
        retiredByHand,
      });
    });
  }
  return states;
}

/** The keys still published (signing and verification-only), in the given order. */
export function publishedKeys<T extends KeyTimes>(
  keys: readonly T[],
  now: Date,
  graceSeconds: number,
  defaultAlg: string,
): T[] {
  const states = signingKeyStates(keys, now, graceSeconds, defaultAlg);
  return keys.filter((k) => states.get(k.id)?.state !== "retired");
}

/** The next moment a key changes state by the clock alone (null: none pending). */
export function nextKeyStateChange(
  keys: readonly KeyTimes[],
  now: Date,
  graceSeconds: number,
  defaultAlg: string,
): Date | null {
  const states = signingKeyStates(keys, now, graceSeconds, defaultAlg);
  const moments = [
    ...keys.map((k) => k.expiresAt),
    ...[...states.values()].map((s) => (s.state === "verification" ? s.publishedUntil : null)),
  ].filter((d): d is Date => !!d && d > now);
  return moments.length ? new Date(Math.min(...moments.map((d) => d.getTime()))) : null;
}
