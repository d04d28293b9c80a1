import { describe, expect, it } from "vitest";
import { withMachineSubject } from "./introspection-sub";

const json = async (res: Response) => (await res.json()) as Record<string, unknown>;

describe("introspection of machine tokens", () => {
  it("names the client as the subject of a token without a user", async () => {
    const res = await withMachineSubject(
      Response.json(
        { active: true, client_id: "m2m", scope: "api:read" },
        {
          headers: { "cache-control": "no-store" },
        },
      ),
    );
    expect(await json(res)).toEqual({
      active: true,
      client_id: "m2m",
      scope: "api:read",
      sub: "m2m",
    });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("leaves user tokens, inactive answers and errors alone", async () => {
    const user = await withMachineSubject(
      Response.json({ active: true, client_id: "a", sub: "u1" }),
    );
    expect((await json(user)).sub).toBe("u1");
    expect(await json(await withMachineSubject(Response.json({ active: false })))).toEqual({
      active: false,
    });
    const error = new Response("{}", { status: 401 });
    expect(await withMachineSubject(error)).toBe(error);
  });
});
