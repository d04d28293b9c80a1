import { describe, expect, it } from "vitest";
import { concurrentUse, singleUseCredential } from "./single-use";

describe("which token requests are redeemed one at a time", () => {
  it("claims authorization codes and, in strict rotation, refresh tokens", () => {
    const code = singleUseCredential(
      "/oauth2/token",
      [
        ["grant_type", "authorization_code"],
        ["code", "abc"],
      ],
      0,
    );
    expect(code?.grantType).toBe("authorization_code");
    expect(code?.key).not.toContain("abc"); // a hash, never the credential
    const refresh = (interval: number) =>
      singleUseCredential(
        "/oauth2/token",
        [
          ["grant_type", "refresh_token"],
          ["refresh_token", "abc"],
        ],
        interval,
      );
    expect(refresh(0)?.grantType).toBe("refresh_token");
    expect(refresh(0)?.key).not.toBe(code?.key); // the grant type is part of the key
    expect(refresh(30)).toBeUndefined(); // the provider's grace window decides instead
  });

  it("leaves other grants, endpoints and requests without a credential alone", () => {
    expect(singleUseCredential("/oauth2/token", [["grant_type", "client_credentials"]], 0)).toBe(
      undefined,
    );
    expect(singleUseCredential("/oauth2/token", [["grant_type", "authorization_code"]], 0)).toBe(
      undefined,
    );
    expect(singleUseCredential("/oauth2/revoke", [["code", "abc"]], 0)).toBeUndefined();
  });

  it("refuses a concurrent use with invalid_grant, not cached", async () => {
    const res = concurrentUse("authorization_code");
    expect(res.status).toBe(400);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await res.json()).error).toBe("invalid_grant");
  });
});
