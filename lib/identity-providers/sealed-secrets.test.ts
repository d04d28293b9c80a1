import { describe, expect, it } from "vitest";
import { openOidcConfig, sealOidcConfig, sealingProviderSecrets } from "./sealed-secrets";

type Adapter = Parameters<typeof sealingProviderSecrets>[0];

/** An in-memory adapter holding one table's rows as stored. */
function memoryAdapter(rows: Record<string, unknown>[]) {
  const adapter = {
    id: "memory",
    create: async ({ data }: { data: Record<string, unknown> }) => (rows.push(data), data),
    update: async ({ update }: { update: Record<string, unknown> }) =>
      Object.assign(rows[0]!, update),
    findOne: async () => rows[0] ?? null,
    findMany: async () => rows,
    transaction: async (cb: (trx: unknown) => Promise<unknown>) => cb(adapter),
  };
  return adapter as unknown as Adapter;
}

describe("sealed upstream client secrets", () => {
  it("stores the secret sealed and opens it again", async () => {
    const sealed = await sealOidcConfig({ clientId: "a", clientSecret: "s3cret-value" });
    expect(sealed).not.toContain("s3cret-value");
    expect(JSON.parse(sealed)).toMatchObject({ clientId: "a" });
    expect(JSON.parse(String(await openOidcConfig(sealed)))).toEqual({
      clientId: "a",
      clientSecret: "s3cret-value",
    });
  });

  it("seals what the sso plugin writes and opens what it reads, in transactions too", async () => {
    const rows: Record<string, unknown>[] = [];
    const adapter = sealingProviderSecrets(memoryAdapter(rows));
    const config = JSON.stringify({ clientId: "a", clientSecret: "plain-secret" });
    await adapter.create({ model: "ssoProvider", data: { providerId: "p", oidcConfig: config } });
    expect(String(rows[0]!.oidcConfig)).not.toContain("plain-secret");
    const read = (await adapter.findOne({ model: "ssoProvider", where: [] })) as {
      oidcConfig: string;
    };
    expect(JSON.parse(read.oidcConfig).clientSecret).toBe("plain-secret");
    const inTransaction = await adapter.transaction((trx: Adapter) =>
      trx.findMany({ model: "ssoProvider" }),
    );
    expect(JSON.parse((inTransaction as { oidcConfig: string }[])[0]!.oidcConfig)).toMatchObject({
      clientSecret: "plain-secret",
    });
  });
});
