import { describe, expect, it } from "vitest";
import { endpointLabel, loggablePath } from "./endpoint";

describe("endpoint labels", () => {
  it("names the protocol endpoints", () => {
    expect(endpointLabel("/api/auth/oauth2/token")).toBe("token");
    expect(endpointLabel("/api/auth/oauth2/authorize")).toBe("authorize");
    expect(endpointLabel("/.well-known/openid-configuration")).toBe("discovery");
    expect(endpointLabel("/api/auth/sign-in/email")).toBe("sign_in");
  });

  it("folds everything else into a few labels", () => {
    expect(endpointLabel("/api/auth/get-session")).toBe("auth_other");
    expect(endpointLabel("/admin/users/abc")).toBe("page");
    expect(endpointLabel("/_next/static/chunk.js")).toBe("static");
    expect(endpointLabel("/api/ready")).toBe("ready");
  });
});

describe("loggable paths", () => {
  it("hides the reset-password token in the path", () => {
    expect(loggablePath("/api/auth/reset-password/abc")).toBe("/api/auth/reset-password/:token");
  });

  it("hides long token-like segments", () => {
    expect(loggablePath("/invitations/0123456789abcdefghijklmnopqrstuv")).toBe(
      "/invitations/:value",
    );
    expect(loggablePath("/account/apps")).toBe("/account/apps");
  });
});
