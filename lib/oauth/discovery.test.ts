import { describe, expect, it } from "vitest";
import { correctDiscovery, correctDiscoveryResponse, isDiscoveryEndpoint } from "./discovery";

describe("discovery corrections", () => {
  it("lists none first among token endpoint methods, once", () => {
    const doc = correctDiscovery({
      token_endpoint_auth_methods_supported: ["client_secret_basic", "private_key_jwt"],
    });
    expect(doc.token_endpoint_auth_methods_supported).toEqual([
      "none",
      "client_secret_basic",
      "private_key_jwt",
    ]);
    expect(correctDiscovery(doc)).toEqual(doc);
  });

  it("leaves introspection and revocation methods alone (no public clients there)", () => {
    const doc = correctDiscovery({ introspection_endpoint_auth_methods_supported: ["a"] });
    expect(doc.introspection_endpoint_auth_methods_supported).toEqual(["a"]);
  });

  it("drops the select_account prompt", () => {
    const doc = correctDiscovery({ prompt_values_supported: ["login", "select_account", "none"] });
    expect(doc.prompt_values_supported).toEqual(["login", "none"]);
  });

  it("no longer advertises the claims parameter", () => {
    expect(correctDiscovery({ claims_parameter_supported: true })).toEqual({
      claims_parameter_supported: false,
    });
  });

  it("rewrites a 200 response keeping its headers, passes other answers through", async () => {
    const ok = await correctDiscoveryResponse(
      Response.json(
        { token_endpoint_auth_methods_supported: ["client_secret_post"] },
        { headers: { "cache-control": "public, max-age=15" } },
      ),
    );
    expect(ok.headers.get("cache-control")).toBe("public, max-age=15");
    expect(ok.headers.get("content-type")).toContain("application/json");
    expect(await ok.json()).toEqual({
      token_endpoint_auth_methods_supported: ["none", "client_secret_post"],
    });
    const missing = new Response("nope", { status: 404 });
    expect(await correctDiscoveryResponse(missing)).toBe(missing);
  });

  it("knows the discovery endpoints under the issuer", () => {
    expect(isDiscoveryEndpoint("/.well-known/openid-configuration")).toBe(true);
    expect(isDiscoveryEndpoint("/.well-known/oauth-authorization-server")).toBe(true);
    expect(isDiscoveryEndpoint("/oauth2/token")).toBe(false);
  });
});
