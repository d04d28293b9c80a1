import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

describe("request ids", () => {
  it("keeps a well-formed id from the reverse proxy", () => {
    expect(requestIdFrom("proxy-id-12345678")).toBe("proxy-id-12345678");
  });

  it("replaces a missing or unsafe id with a fresh UUID", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(requestIdFrom(undefined)).toMatch(uuid);
    expect(requestIdFrom('x"} {"admin":true')).toMatch(uuid);
    expect(requestIdFrom("short")).toMatch(uuid);
  });
});
