import { describe, expect, it } from "vitest";
import { resilientStorage, type SecondaryStorage } from "./resilient-storage";

/** A key-value store that can be switched off, standing in for Redis going away. */
function switchableStore() {
  const data = new Map<string, string>();
  const state = { up: true };
  const guard = () => {
    if (!state.up) throw new Error("Connection is closed.");
  };
  const store: SecondaryStorage = {
    get: (k) => (guard(), data.get(k) ?? null),
    set: (k, v) => void (guard(), data.set(k, v)),
    delete: (k) => void (guard(), data.delete(k)),
    increment: (k) => {
      guard();
      const n = Number(data.get(k) ?? 0) + 1;
      data.set(k, String(n));
      return n;
    },
    getAndDelete: (k) => {
      guard();
      const v = data.get(k) ?? null;
      data.delete(k);
      return v;
    },
  };
  return { store, data, state };
}

describe("secondary storage during a Redis outage", () => {
  it("reads a cache miss (so sessions come from the database) instead of failing", async () => {
    const { store, state } = switchableStore();
    const storage = resilientStorage(store);
    await storage.set("s", "session");
    state.up = false;
    await expect(storage.get("s")).resolves.toBeNull();
    await expect(storage.set("t", "x")).resolves.toBeUndefined();
  });

  it("remembers a delete that failed and applies it when Redis is back", async () => {
    const { store, data, state } = switchableStore();
    let retry: () => Promise<void> = async () => {};
    const storage = resilientStorage(store, (r) => (retry = r));
    await storage.set("s", "session");
    state.up = false;
    await storage.delete("s");
    state.up = true;
    await expect(storage.get("s")).resolves.toBeNull(); // never served from the stale entry
    await retry();
    expect(data.has("s")).toBe(false);
  });

  it("keeps counting rate limits in memory", async () => {
    const { store, state } = switchableStore();
    const storage = resilientStorage(store);
    state.up = false;
    expect(await storage.increment("rl", 60)).toBe(1);
    expect(await storage.increment("rl", 60)).toBe(2);
  });

  it("fails closed for single-use values", async () => {
    const { store, state } = switchableStore();
    const storage = resilientStorage(store);
    state.up = false;
    await expect(storage.getAndDelete("code")).rejects.toThrow("Connection is closed.");
  });
});
