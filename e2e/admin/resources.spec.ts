import { randomUUID } from "node:crypto";
import { decodeJwt, decodeProtectedHeader } from "jose";
import type { Page } from "@playwright/test";
import { issuer, unique } from "../fixtures";
import { clientCredentials, createClient, expect, main, test } from "./fixtures";

async function createResource(
  page: Page,
  identifier: string,
  name: string,
  { claims = "", open = false } = {},
) {
  await page.goto("/admin/resources/new");
  await page.getByLabel("Identifier").fill(identifier);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("checkbox", { name: "api:read", exact: true }).check();
  if (claims) await page.getByLabel("Custom access-token claims (JSON)").fill(claims);
  if (open) await page.getByRole("checkbox", { name: "Open to every client" }).check();
  await page.getByRole("button", { name: "Create resource" }).click();
}

/** A resource with a fresh identifier, created in the console. */
async function newResource(
  page: Page,
  label: string,
  options?: { claims?: string; open?: boolean },
) {
  const identifier = `https://api-${randomUUID().slice(0, 8)}.example.test`;
  const name = unique(label);
  await createResource(page, identifier, name, options);
  await expect(main(page).getByText("Resource saved.")).toBeVisible();
  return { identifier, name };
}

test.describe("admin resources", () => {
  test("create, validate, edit and delete a resource", async ({ page, sql }) => {
    const identifier = `https://api-${randomUUID().slice(0, 8)}.example.test`;
    const name = unique("Orders API");
    await page.goto("/admin/resources/new");
    await page.getByLabel("Identifier").fill("not a uri");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Create resource" }).click();
    await expect(main(page).getByText(/Enter an absolute URI/)).toBeVisible();

    await page.getByLabel("Identifier").fill(identifier);
    const claims = page.getByLabel("Custom access-token claims (JSON)");
    await claims.fill("{ tenant: acme");
    await page.getByRole("button", { name: "Create resource" }).click();
    await expect(main(page).getByText(/Not valid JSON/)).toBeVisible();
    await expect(claims).toHaveAttribute("aria-invalid", "true");
    await claims.fill('{"tenant": "acme", "sub": "forged", "aud": "x"}');
    await page.getByRole("button", { name: "Create resource" }).click();
    await expect(
      main(page).getByText(/Reserved claim names cannot be set: sub, aud/),
    ).toBeVisible();
    await claims.fill('["a"]');
    await page.getByRole("button", { name: "Create resource" }).click();
    await expect(main(page).getByText(/must be a JSON object/)).toBeVisible();

    await claims.fill('{"tenant": "acme"}');
    await page.getByRole("button", { name: "Create resource" }).click();
    await expect(main(page).getByText("Resource saved.")).toBeVisible();
    await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();

    // Same identifier again: a field error, not a 500.
    await createResource(page, identifier, `${name} copy`);
    await expect(
      main(page).getByText(`A resource with the identifier ${identifier} already exists.`),
    ).toBeVisible();
    await expect(page.getByLabel("Identifier")).toHaveAttribute("aria-invalid", "true");

    await page.goto("/admin/resources");
    await main(page).getByRole("link", { name }).click();
    await page.getByLabel("Access token lifetime (seconds)").fill("-5");
    await page.getByRole("button", { name: "Save resource" }).click();
    await expect(main(page).getByText(/Enter whole seconds/)).toBeVisible();
    await page.getByLabel("Access token lifetime (seconds)").fill("600");
    await page.getByLabel("Name", { exact: true }).fill(`${name} v2`);
    await page.getByRole("button", { name: "Save resource" }).click();
    await expect(main(page).getByText("Resource saved.")).toBeVisible();
    await expect(page.getByLabel("Access token lifetime (seconds)")).toHaveValue("600");
    await expect(page.getByLabel("Custom access-token claims (JSON)")).toHaveValue(
      /"tenant": "acme"/,
    );

    await page.getByLabel(`Type ${name} v2 to confirm`).fill("nope");
    await page.getByRole("button", { name: "Delete resource" }).click();
    await expect(main(page).getByText(`Type ${name} v2 exactly to confirm.`)).toBeVisible();
    await page.getByLabel(`Type ${name} v2 to confirm`).fill(`${name} v2`);
    await page.getByRole("button", { name: "Delete resource" }).click();
    await page.waitForURL("**/admin/resources");
    await expect(main(page).getByRole("link", { name: `${name} v2` })).toHaveCount(0);

    const rows = await sql<{ type: string; actor_label: string }[]>`
      select type, actor_label from audit_event where target_id = ${identifier} order by created_at`;
    expect(rows.map((r) => r.type)).toEqual([
      "resource.created",
      "resource.updated",
      "resource.deleted",
    ]);
    expect(rows.every((r) => r.actor_label === "admin@example.test")).toBe(true);
  });

  test("a linked client gets an at+jwt access token for the resource; links are managed on both sides", async ({
    page,
    sql,
  }) => {
    const { identifier, name } = await newResource(page, "Billing API", {
      claims: '{"tenant": "acme"}',
    });
    const m2m = await createClient(page, { kind: "Machine-to-machine", name: unique("Biller") });

    // Not linked yet: invalid_target.
    const before = await clientCredentials(m2m.clientId, m2m.secret!, { resource: identifier });
    expect(before.body.error).toBe("invalid_target");

    await page.goto(`/admin/clients/${m2m.clientId}/resources`);
    await page.getByLabel("Resource", { exact: true }).selectOption(identifier);
    await page.getByRole("button", { name: "Link", exact: true }).click();
    const linked = main(page).getByRole("list", { name: "Linked resources" });
    await expect(linked.getByRole("link", { name })).toBeVisible();

    // Linking again: a friendly field error.
    await page.getByLabel("Resource", { exact: true }).selectOption(identifier);
    await page.getByRole("button", { name: "Link", exact: true }).click();
    await expect(main(page).getByText(`${m2m.name} is already linked to ${name}.`)).toBeVisible();

    const token = await clientCredentials(m2m.clientId, m2m.secret!, { resource: identifier });
    expect(token.status).toBe(200);
    const jwt = token.body.access_token as string;
    expect(decodeProtectedHeader(jwt).typ).toBe("at+jwt");
    const claims = decodeJwt(jwt);
    expect(claims.aud).toBe(identifier);
    expect(claims.tenant).toBe("acme");
    expect(claims.client_id).toBe(m2m.clientId);

    // The resource page lists the client; unlink it there.
    await page.goto("/admin/resources");
    await main(page).getByRole("link", { name }).click();
    await expect(main(page).getByRole("list", { name: "Linked clients" })).toContainText(m2m.name);
    await page.getByRole("button", { name: `Unlink ${m2m.name}` }).click();
    await expect(main(page).getByText("No client may request this resource yet.")).toBeVisible();
    const after = await clientCredentials(m2m.clientId, m2m.secret!, { resource: identifier });
    expect(after.body.error).toBe("invalid_target");

    const rows = await sql<{ type: string }[]>`
      select type from audit_event where target_id = ${identifier} order by created_at`;
    expect(rows.map((r) => r.type)).toEqual([
      "resource.created",
      "resource.linked",
      "resource.unlinked",
    ]);
  });

  test("a resource open to every client needs no link; closing it again needs one", async ({
    page,
    sql,
  }) => {
    const { identifier, name } = await newResource(page, "Public API", { open: true });
    await expect(page.getByRole("checkbox", { name: "Open to every client" })).toBeChecked();
    const m2m = await createClient(page, { kind: "Machine-to-machine", name: unique("Anyone") });

    // Never linked: the open resource is still its audience.
    const open = await clientCredentials(m2m.clientId, m2m.secret!, { resource: identifier });
    expect(open.status).toBe(200);
    expect(decodeJwt(open.body.access_token as string).aud).toBe(identifier);

    await page.goto("/admin/resources");
    const row = main(page).getByRole("listitem").filter({ hasText: name });
    await expect(row.getByText("Open to every client")).toBeVisible();
    await row.getByRole("link", { name }).click();
    await page.getByRole("checkbox", { name: "Open to every client" }).uncheck();
    await page.getByRole("button", { name: "Save resource" }).click();
    await expect(main(page).getByText("Resource saved.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Open to every client" })).not.toBeChecked();
    const closed = await clientCredentials(m2m.clientId, m2m.secret!, { resource: identifier });
    expect(closed.body.error).toBe("invalid_target");

    const rows = await sql<{ type: string; details: { openToEveryClient: boolean } }[]>`
      select type, details from audit_event where target_id = ${identifier} order by created_at`;
    expect(rows.map((r) => [r.type, r.details.openToEveryClient])).toEqual([
      ["resource.created", true],
      ["resource.updated", false],
    ]);
  });

  test("a resource server introspects its callers' tokens with its own credentials", async ({
    page,
  }) => {
    const { identifier, name } = await newResource(page, "Inventory API");
    const caller = await createClient(page, { kind: "Machine-to-machine", name: unique("Caller") });
    const server = await createClient(page, {
      kind: "Machine-to-machine",
      name: unique("Inventory server"),
    });
    const stranger = await createClient(page, {
      kind: "Machine-to-machine",
      name: unique("Other"),
    });

    // Link the caller and the resource server on the resource's page; the picker names each
    // client with its ID.
    for (const client of [caller, server]) {
      await page.goto("/admin/resources");
      await main(page).getByRole("link", { name }).click();
      const picker = page.getByLabel("Client", { exact: true });
      await expect(picker.locator(`option[value="${client.clientId}"]`)).toHaveText(
        `${client.name} (${client.clientId})`,
      );
      await picker.selectOption(client.clientId);
      await page.getByRole("button", { name: "Link", exact: true }).click();
      await expect(main(page).getByRole("list", { name: "Linked clients" })).toContainText(
        client.name,
      );
    }

    const introspect = async (as: { clientId: string; secret?: string }, token: string) => {
      const basic = `${encodeURIComponent(as.clientId)}:${encodeURIComponent(as.secret!)}`;
      const res = await fetch(`${issuer()}/oauth2/introspect`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${Buffer.from(basic).toString("base64")}`,
        },
        body: new URLSearchParams({ token }),
      });
      expect(res.status).toBe(200);
      return (await res.json()) as Record<string, unknown>;
    };

    const forApi = await clientCredentials(caller.clientId, caller.secret!, {
      resource: identifier,
    });
    const jwt = forApi.body.access_token as string;
    expect(decodeJwt(jwt).sub).toBe(caller.clientId);
    // The resource server, with its own credentials: active, for its audience, sub = client_id.
    expect(await introspect(server, jwt)).toMatchObject({
      active: true,
      aud: identifier,
      client_id: caller.clientId,
      sub: caller.clientId,
      scope: "api:read",
    });
    // A client that does not serve the resource learns nothing.
    expect(await introspect(stranger, jwt)).toEqual({ active: false });
    // A token without a resource has no audience: only the client it was issued to may look.
    const opaque = (await clientCredentials(caller.clientId, caller.secret!)).body
      .access_token as string;
    expect(await introspect(server, opaque)).toEqual({ active: false });
    expect(await introspect(caller, opaque)).toMatchObject({
      active: true,
      sub: caller.clientId,
    });
  });
});
