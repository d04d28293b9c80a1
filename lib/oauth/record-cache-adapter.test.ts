import type { BetterAuthOptions } from "better-auth";
import type { DBAdapter } from "@better-auth/core/db/adapter";
import { describe, expect, it } from "vitest";
import { onRecordsChanged } from "@/db/record-cache";
import { cachingAdapter } from "./record-cache-adapter";

/** An adapter over an in-memory table that counts its reads. */
function fakeAdapter() {
  const rows = new Map<string, Record<string, unknown>>();
  const reads: string[] = [];
  const adapter = {
    id: "fake",
    findOne: async ({ model, where }: { model: string; where: { value: unknown }[] }) => {
      reads.push(model);
      return rows.get(`${model}:${String(where[0]?.value)}`) ?? null;
    },
    findMany: async ({ model }: { model: string }) => {
      reads.push(model);
      return [...rows.values()];
    },
    update: async ({
      model,
      where,
      update,
    }: {
      model: string;
      where: { value: unknown }[];
      update: object;
    }) => {
      const key = `${model}:${String(where[0]?.value)}`;
      const row = { ...rows.get(key), ...update };
      rows.set(key, row);
      return row;
    },
    transaction: async <R>(callback: (trx: unknown) => Promise<R>) => callback(adapter),
  };
  const factory = () => adapter as unknown as DBAdapter<BetterAuthOptions>;
  return { rows, reads, wrapped: cachingAdapter(factory)({} as BetterAuthOptions) };
}

const byId = (value: string) => ({ model: "oauthClient", where: [{ field: "clientId", value }] });

describe("client record cache (docs/library-facts.md#fact-100)", () => {
  it("reads a client once, hands out copies, and reads again after a write", async () => {
    const { rows, reads, wrapped } = fakeAdapter();
    rows.set("oauthClient:c1", { clientId: "c1", disabled: false });
    const first = await wrapped.findOne<{ disabled: boolean }>(byId("c1"));
    first!.disabled = true; // a caller modifying its copy changes nothing for the next
    const [second, third] = await Promise.all([
      wrapped.findOne<{ disabled: boolean }>(byId("c1")),
      wrapped.findOne<{ disabled: boolean }>(byId("c1")),
    ]);
    expect(reads).toEqual(["oauthClient"]);
    expect(second).toEqual({ clientId: "c1", disabled: false });
    expect(third).not.toBe(second);

    await wrapped.update({
      model: "oauthClient",
      where: byId("c1").where,
      update: { disabled: true },
    });
    expect(await wrapped.findOne(byId("c1"))).toEqual({ clientId: "c1", disabled: true });
    expect(reads).toEqual(["oauthClient", "oauthClient"]);
  });

  it("tells the listeners (the other instances) before a write returns", async () => {
    const { wrapped } = fakeAdapter();
    let told = 0;
    const remove = onRecordsChanged(async () => {
      await Promise.resolve();
      told += 1;
    });
    try {
      await wrapped.update({ model: "oauthResource", where: byId("r").where, update: {} });
      expect(told).toBe(1);
      await wrapped.update({ model: "session", where: byId("s").where, update: {} });
      expect(told).toBe(1);
    } finally {
      remove();
    }
  });

  it("does not cache other models or paged listings", async () => {
    const { reads, wrapped } = fakeAdapter();
    await wrapped.findOne({ model: "session", where: [{ field: "id", value: "s" }] });
    await wrapped.findOne({ model: "session", where: [{ field: "id", value: "s" }] });
    await wrapped.findMany({ model: "oauthClient", where: [], limit: 10 });
    await wrapped.findMany({ model: "oauthClient", where: [], limit: 10 });
    expect(reads).toEqual(["session", "session", "oauthClient", "oauthClient"]);
  });
});
