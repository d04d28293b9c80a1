import { describe, expect, it } from "vitest";
import { authRequestContext } from "./request-context";

describe("auth request context", () => {
  it("is visible to everything the run calls, across awaits", async () => {
    const seen = await authRequestContext.run(
      { pathname: "/api/auth/oauth2/continue" },
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return authRequestContext.current();
      },
    );
    expect(seen).toEqual({ pathname: "/api/auth/oauth2/continue" });
  });

  it("is absent outside a run, and runs do not see each other", async () => {
    expect(authRequestContext.current()).toBeUndefined();
    const [a, b] = await Promise.all(
      ["/a", "/b"].map((pathname) =>
        authRequestContext.run({ pathname }, async () => {
          await new Promise((resolve) => setTimeout(resolve, pathname === "/a" ? 5 : 1));
          return authRequestContext.current()?.pathname;
        }),
      ),
    );
    expect([a, b]).toEqual(["/a", "/b"]);
  });

  it("is one store on globalThis, shared by every copy of the module", async () => {
    const store = (globalThis as { __gatehouseAuthRequestContext?: { getStore(): unknown } })
      .__gatehouseAuthRequestContext;
    expect(store).toBeDefined();
    authRequestContext.run({ pathname: "/x" }, () => {
      expect(store!.getStore()).toEqual({ pathname: "/x" });
    });
  });
});
