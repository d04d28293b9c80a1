import { describe, expect, it } from "vitest";
import { bodyTooLarge, rejectRequest, unverifiableTokenAnswer } from "./error-answers";

const ORIGIN = "https://id.example.com";
const problem = { description: "Parameter state contains a NUL byte", param: "state" };

async function expectNoStoreJson(res: Response, status: number, body: unknown) {
  expect(res.status).toBe(status);
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(res.headers.get("pragma")).toBe("no-cache");
  expect(await res.json()).toEqual(body);
}

describe("rejecting a request", () => {
  for (const endpoint of ["/oauth2/authorize", "/oauth2/end-session"]) {
    it(`sends the browser to the portal's /error page at ${endpoint}`, () => {
      const res = rejectRequest(endpoint, { ...problem, param: "client_id" }, ORIGIN);
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get("location")!);
      expect(`${location.origin}${location.pathname}`).toBe(`${ORIGIN}/error`);
      expect(location.searchParams.get("error")).toBe("invalid_request");
      expect(location.searchParams.get("error_description")).toBe(problem.description);
    });
  }

  for (const param of ["client_id", "client_secret", "client_assertion"]) {
    it(`answers 401 invalid_client with a Basic challenge for a bad ${param}`, async () => {
      const res = rejectRequest("/oauth2/token", { description: "bad", param }, ORIGIN);
      expect(res.headers.get("www-authenticate")).toBe("Basic");
      await expectNoStoreJson(res, 401, { error: "invalid_client", error_description: "bad" });
    });
  }

  it("answers 400 invalid_request at the token, introspection and revocation endpoints", async () => {
    for (const endpoint of ["/oauth2/token", "/oauth2/introspect", "/oauth2/revoke"]) {
      const res = rejectRequest(endpoint, problem, ORIGIN);
      expect(res.headers.get("www-authenticate")).toBeNull();
      await expectNoStoreJson(res, 400, {
        error: "invalid_request",
        error_description: problem.description,
      });
    }
  });

  it("adds a Bearer challenge carrying the error at UserInfo (RFC 6750 §3.1)", async () => {
    const description = 'Parameter "€" contains a NUL byte';
    const res = rejectRequest("/oauth2/userinfo", { description }, ORIGIN);
    expect(res.headers.get("www-authenticate")).toBe(
      'Bearer error="invalid_request", error_description="Parameter  contains a NUL byte"',
    );
    await expectNoStoreJson(res, 400, { error: "invalid_request", error_description: description });
  });

  it("answers 413 invalid_request for a body over the limit", async () => {
    await expectNoStoreJson(bodyTooLarge(), 413, {
      error: "invalid_request",
      error_description: "The request body is too large",
    });
  });
});

describe("answering for a token that does not verify", () => {
  it("answers 401 invalid_token at UserInfo under the scheme the client used", async () => {
    for (const scheme of ["Bearer", "DPoP"]) {
      const res = unverifiableTokenAnswer("/oauth2/userinfo", scheme)!;
      expect(res.headers.get("www-authenticate")).toBe(
        `${scheme} error="invalid_token", error_description="The access token is invalid"`,
      );
      await expectNoStoreJson(res, 401, {
        error: "invalid_token",
        error_description: "The access token is invalid",
      });
    }
    expect(unverifiableTokenAnswer("/oauth2/userinfo")!.headers.get("www-authenticate")).toMatch(
      /^Bearer /,
    );
  });

  it("answers active: false at introspection (RFC 7662 §2.2)", async () => {
    await expectNoStoreJson(unverifiableTokenAnswer("/oauth2/introspect")!, 200, { active: false });
  });

  it("answers an empty 200 at revocation (RFC 7009 §2.2)", async () => {
    const res = unverifiableTokenAnswer("/oauth2/revoke")!;
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });

  it("has no answer at other endpoints", () => {
    expect(unverifiableTokenAnswer("/oauth2/token")).toBeUndefined();
    expect(unverifiableTokenAnswer("/oauth2/authorize")).toBeUndefined();
  });
});
