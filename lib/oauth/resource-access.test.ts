import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { requestClients, requestedResources } from "./resource-access";

describe("who asks for which resource", () => {
  it("names every client a request carries: client_id, the Basic user and the assertion subject", async () => {
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("from-assertion")
      .sign(new TextEncoder().encode("k".repeat(32)));
    const basic = `Basic ${Buffer.from("my%20client:secret").toString("base64")}`;
    expect(
      requestClients(
        { client_id: "in-query" },
        { client_id: "in-body", client_assertion: assertion },
        basic,
      ),
    ).toEqual(["in-query", "in-body", "my client", "from-assertion"]);
    expect(requestClients(undefined, { client_id: ["a", "a"] }, "Basic %%%")).toEqual(["a"]);
    expect(requestClients(undefined, { client_assertion: "not a jwt" }, null)).toEqual([]);
  });

  it("reads repeated resource parameters and leaves out the provider's UserInfo audience", () => {
    const issuer = "https://id.example/api/auth";
    expect(
      requestedResources(
        { resource: "https://a.example" },
        { resource: ["https://b.example", `${issuer}/oauth2/userinfo`, "", 5] },
        issuer,
      ),
    ).toEqual(["https://a.example", "https://b.example"]);
    expect(requestedResources(undefined, undefined, issuer)).toEqual([]);
  });
});
