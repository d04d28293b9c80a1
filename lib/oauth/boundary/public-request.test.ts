import { describe, expect, it } from "vitest";
import { endpointOf, publicUrl, rebuildRequest } from "./public-request";

describe("public request rebuild", () => {
  it("moves the request onto the public origin, keeping path and query", () => {
    const url = publicUrl(
      "http://localhost:3000/api/auth/oauth2/userinfo?a=1&b=%20x",
      "https://id.example.com",
    );
    expect(url.href).toBe("https://id.example.com/api/auth/oauth2/userinfo?a=1&b=%20x");
  });

  it("keeps a public origin's port and drops the incoming fragment", () => {
    const url = publicUrl("http://localhost:3000/api/auth/ok#frag", "http://127.0.0.1:8443");
    expect(url.href).toBe("http://127.0.0.1:8443/api/auth/ok");
  });

  it("names the provider endpoint without the /api/auth base path", () => {
    expect(endpointOf(new URL("https://id.example.com/api/auth/oauth2/token"))).toBe(
      "/oauth2/token",
    );
    expect(endpointOf(new URL("https://id.example.com/other"))).toBe("/other");
  });

  it("rebuilds method, headers and the given body on the new URL, redirects left manual", async () => {
    const incoming = new Request("http://localhost:3000/api/auth/oauth2/token", {
      method: "POST",
      headers: { dpop: "proof", "content-type": "application/x-www-form-urlencoded" },
      body: "ignored",
    });
    const url = new URL("https://id.example.com/api/auth/oauth2/token");
    const request = rebuildRequest(incoming, url, "grant_type=client_credentials");
    expect(request.url).toBe(url.href);
    expect(request.method).toBe("POST");
    expect(request.headers.get("dpop")).toBe("proof");
    expect(request.redirect).toBe("manual");
    expect(await request.text()).toBe("grant_type=client_credentials");
  });

  it("leaves an absent body absent", () => {
    const incoming = new Request("http://localhost:3000/api/auth/oauth2/token", { method: "POST" });
    expect(rebuildRequest(incoming, new URL(incoming.url)).body).toBeNull();
  });
});
