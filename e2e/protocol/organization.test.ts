import * as oidc from "openid-client";
import { beforeAll, describe, expect, it } from "vitest";
import {
  Browser,
  authorizationRequest,
  codeFlow,
  followAuthorization,
  relyingParty,
  signUp,
} from "./helpers";

async function createOrganization(browser: Browser, name: string) {
  const slug = `${name.toLowerCase().replace(/\W+/g, "-")}-${Math.random().toString(36).slice(2, 8)}`;
  const res = await browser.post("/api/auth/organization/create", { name, slug });
  if (!res.ok) throw new Error(`create organization failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; slug: string };
}

const ORG_SCOPE = "openid profile organization";

describe("organization-scoped authorization", () => {
  let config: oidc.Configuration;

  beforeAll(async () => {
    ({ config } = await relyingParty());
  });

  it("asks a member of two organizations to choose, and the tokens carry the choice", async () => {
    const browser = new Browser();
    await signUp(browser);
    await createOrganization(browser, "Acme");
    const globex = await createOrganization(browser, "Globex");

    const { tokens, flow } = await codeFlow(
      config,
      browser,
      { organizationId: globex.id, consent: "accept" },
      { scope: ORG_SCOPE },
    );
    expect(flow.visited).toEqual(["/select-organization", "/consent"]);
    const claims = tokens.claims()!;
    expect(claims.org_id).toBe(globex.id);
    expect(claims.org_slug).toBe(globex.slug);

    const introspection = await oidc.tokenIntrospection(config, tokens.access_token);
    expect(introspection.org_id).toBe(globex.id);
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(info).toMatchObject({ org_id: globex.id, org_slug: globex.slug });
  });

  it("asks again on every such authorization, and the choice keys the consent", async () => {
    const browser = new Browser();
    await signUp(browser);
    const acme = await createOrganization(browser, "Acme");
    const globex = await createOrganization(browser, "Globex");
    await codeFlow(
      config,
      browser,
      { organizationId: acme.id, consent: "accept" },
      { scope: ORG_SCOPE },
    );

    // Same organization again: picker shown, consent remembered.
    const again = await codeFlow(
      config,
      browser,
      { organizationId: acme.id },
      { scope: ORG_SCOPE },
    );
    expect(again.flow.visited).toEqual(["/select-organization"]);
    expect(again.tokens.claims()!.org_id).toBe(acme.id);

    // Another organization: consent is asked for that one.
    const other = await codeFlow(
      config,
      browser,
      { organizationId: globex.id, consent: "accept" },
      { scope: ORG_SCOPE },
    );
    expect(other.flow.visited).toEqual(["/select-organization", "/consent"]);
    expect(other.tokens.claims()!.org_id).toBe(globex.id);
  });

  it("skips the picker for a member of exactly one organization", async () => {
    const browser = new Browser();
    await signUp(browser);
    const only = await createOrganization(browser, "Solo");
    const { tokens, flow } = await codeFlow(
      config,
      browser,
      { consent: "accept" },
      { scope: ORG_SCOPE },
    );
    expect(flow.visited).toEqual(["/consent"]);
    expect(tokens.claims()!.org_id).toBe(only.id);
  });

  it("sends a user without an organization to the picker to create one", async () => {
    const browser = new Browser();
    await signUp(browser);
    const { url } = await authorizationRequest(config, { scope: ORG_SCOPE });
    const { url: end, visited } = await followAuthorization(browser, url, {});
    expect(visited).toEqual(["/select-organization"]);
    expect(end.pathname).toBe("/select-organization");
  });

  it("refuses to act for an organization the user does not belong to", async () => {
    const owner = new Browser();
    await signUp(owner);
    const foreign = await createOrganization(owner, "Foreign");

    const browser = new Browser();
    await signUp(browser);
    await createOrganization(browser, "Mine");
    await createOrganization(browser, "Also mine");
    await expect(
      codeFlow(
        config,
        browser,
        { organizationId: foreign.id, consent: "accept" },
        { scope: ORG_SCOPE },
      ),
    ).rejects.toThrow(/400 .*invalid_request.*Choose an organization you belong to/);
  });

  it("issues no organization claims without the organization scope", async () => {
    const browser = new Browser();
    await signUp(browser);
    await createOrganization(browser, "Acme");
    await createOrganization(browser, "Globex");
    const { tokens, flow } = await codeFlow(
      config,
      browser,
      { consent: "accept" },
      { scope: "openid" },
    );
    expect(flow.visited).toEqual(["/consent"]);
    expect(tokens.claims()!.org_id).toBeUndefined();
  });
});
