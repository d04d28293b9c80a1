import { and, desc, eq, gt, isNull, ne, or } from "drizzle-orm";
import { db } from "@/db";
import { jwks } from "@/db/schema";

export type SigningKey = {
  id: string;
  alg: string | null;
  keyType: string | null;
  createdAt: Date;
  expiresAt: Date | null;
};

/**
 * The JWKS keys, newest first. Never selects `private_key`; the public JWK is read only for
 * its key type and algorithm.
 */
export async function listSigningKeys(): Promise<SigningKey[]> {
  const rows = await db
    .select({
      id: jwks.id,
      alg: jwks.alg,
      publicKey: jwks.publicKey,
      createdAt: jwks.createdAt,
      expiresAt: jwks.expiresAt,
    })
    .from(jwks)
    .orderBy(desc(jwks.createdAt));
  return rows.map(({ publicKey, ...row }) => {
    let jwk: { kty?: string; alg?: string } = {};
    try {
      jwk = JSON.parse(publicKey) as typeof jwk;
    } catch {
      // a malformed stored key still lists, without its type
    }
    return { ...row, alg: row.alg ?? jwk.alg ?? null, keyType: jwk.kty ?? null };
  });
}

type KeyTimesRow = Pick<SigningKey, "id" | "alg" | "createdAt" | "expiresAt">;
const keyTimes = {
  id: jwks.id,
  alg: jwks.alg,
  createdAt: jwks.createdAt,
  expiresAt: jwks.expiresAt,
};

/**
 * Sets `expiresAt` on one key after `decide` has seen every key under a row lock (so a
 * concurrent rotation or retirement cannot slip between the check and the write). `decide`
 * returns the new `expiresAt`, or null to change nothing.
 */
export async function updateKeyExpiry(
  id: string,
  decide: (keys: KeyTimesRow[]) => Date | null,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.select(keyTimes).from(jwks).for("update");
    const expiresAt = decide(rows);
    if (!expiresAt) return false;
    await tx.update(jwks).set({ expiresAt }).where(eq(jwks.id, id));
    return true;
  });
}

/**
 * Rotation: every other key of the algorithm that has no end yet (or one in the future) stops
 * signing now; its grace period starts (docs/library-facts.md#fact-74).
 */
export async function endSigningExcept(newKeyId: string, alg: string, at: Date) {
  await db
    .update(jwks)
    .set({ expiresAt: at })
    .where(
      and(
        ne(jwks.id, newKeyId),
        or(eq(jwks.alg, alg), isNull(jwks.alg)),
        or(isNull(jwks.expiresAt), gt(jwks.expiresAt, at)),
      ),
    );
}
