import { describe, expect, it } from "vitest";
import { checkRedirectUris, redirectUriProblem, splitUris } from "./redirect-uris";

describe("redirect URI policy", () => {
  it("accepts an exact https URI for web and native apps", () => {
    expect(redirectUriProblem("https://app.example.com/callback", "web")).toBeNull();
    expect(redirectUriProblem("https://app.example.com/cb?x=1", "native")).toBeNull();
  });

  it("refuses a fragment", () => {
    expect(redirectUriProblem("https://app.example.com/cb#x", "web")).toMatch(/fragment/);
  });

  it("refuses wildcards", () => {
    expect(redirectUriProblem("https://*.example.com/cb", "web")).toMatch(/wildcard/);
    expect(redirectUriProblem("https://app.example.com/*", "web")).toMatch(/wildcard/);
  });

  it("refuses userinfo", () => {
    expect(redirectUriProblem("https://user:pw@app.example.com/cb", "web")).toMatch(/user/);
  });

  it("refuses relative and malformed URIs", () => {
    expect(redirectUriProblem("/callback", "web")).toMatch(/absolute/);
    expect(redirectUriProblem("app.example.com/cb", "web")).toMatch(/absolute/);
  });

  it("refuses http for web apps, even on loopback", () => {
    expect(redirectUriProblem("http://app.example.com/cb", "web")).toMatch(/https/);
    expect(redirectUriProblem("http://127.0.0.1/cb", "web")).toMatch(/https/);
  });

  it("allows http loopback for native apps only", () => {
    for (const uri of [
      "http://127.0.0.1/cb",
      "http://127.0.0.1:8080/cb",
      "http://[::1]/cb",
      "http://localhost:3000/cb",
    ]) {
      expect(redirectUriProblem(uri, "native")).toBeNull();
    }
    expect(redirectUriProblem("http://example.com/cb", "native")).toMatch(/loopback/);
    expect(redirectUriProblem("http://10.0.0.1/cb", "native")).toMatch(/loopback/);
  });

  it("allows reverse-domain custom schemes for native apps only", () => {
    expect(redirectUriProblem("com.example.app:/callback", "native")).toBeNull();
    expect(redirectUriProblem("com.example.app:/callback", "web")).toMatch(/native/);
    expect(redirectUriProblem("myapp:/callback", "native")).toMatch(/reverse domain/);
    expect(redirectUriProblem("javascript:alert(1)", "native")).toMatch(/not allowed/);
  });

  it("checks a list and reports each bad URI", () => {
    const { uris, problems } = checkRedirectUris(
      "https://a.example/cb\nhttps://b.example/cb#frag\n https://a.example/cb",
      "web",
    );
    expect(uris).toEqual(["https://a.example/cb", "https://b.example/cb#frag"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("b.example");
  });

  it("splits on newlines, commas and spaces", () => {
    expect(splitUris(" https://a/x, https://b/y\n\nhttps://c/z ")).toEqual([
      "https://a/x",
      "https://b/y",
      "https://c/z",
    ]);
  });
});
