import { desc } from "drizzle-orm";
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
