import { registerPublicClient, unique } from "../fixtures";
import { clientCredentials, createClient, expect, main, newUserPage, test } from "./fixtures";

test.describe("admin clients", () => {
  test("creates a client of each kind and lists it by name, searchable", async ({ page }) => {
    const tag = unique("Kinds");
    const web = await createClient(page, {
      kind: "Web app",
      name: `${tag} web`,
      redirectUris: ["https://web.example.test/callback"],
    });
    expect(web.secret).toBeTruthy();
    const spa = await createClient(page, {
      kind: "Single-page app",
      name: `${tag} spa`,
      redirectUris: ["https://spa.example.test/callback"],
    });
    expect(spa.secret).toBeUndefined();
    await expect(main(page).getByText("This is a public client")).toBeVisible();
    const native = await createClient(page, {
      kind: "Native / CLI",
      name: `${tag} cli`,
      redirectUris: ["http://127.0.0.1/callback", "com.example.cli:/callback"],
    });
    expect(native.secret).toBeUndefined();
    const machine = await createClient(page, { kind: "Machine-to-machine", name: `${tag} m2m` });
    expect(machine.secret).toBeTruthy();

    await page.goto("/admin/clients");
    await expect(page.getByRole("heading", { name: "Clients", exact: true })).toBeVisible();
    await expect(main(page).getByRole("link", { name: "New client" })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search clients" }).fill(tag);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(main(page).getByText("4 clients")).toBeVisible();
    const rows = main(page).getByRole("row");
    await expect(rows.filter({ hasText: `${tag} web` })).toContainText("Confidential");
    await expect(rows.filter({ hasText: `${tag} spa` })).toContainText("Single-page app");
    await expect(rows.filter({ hasText: `${tag} spa` })).toContainText("Public");
    await expect(rows.filter({ hasText: `${tag} cli` })).toContainText("Native / CLI");
    await expect(rows.filter({ hasText: `${tag} m2m` })).toContainText("Machine-to-machine");
    await expect(rows.filter({ hasText: `${tag} m2m` })).toContainText("Never");

    // Search by exact client ID too.
    await page.goto(`/admin/clients?q=${native.clientId}`);
    await expect(main(page).getByText("1 client")).toBeVisible();
    await expect(main(page).getByRole("link", { name: `${tag} cli` })).toBeVisible();
  });

  test("refuses bad redirect URIs with field errors and keeps the input", async ({ page }) => {
    await page.goto("/admin/clients/new");
    await page.getByLabel("Name", { exact: true }).fill("Bad redirects");
    const field = page.getByLabel("Redirect URIs", { exact: true });
    const offline = page.getByRole("checkbox", { name: "offline_access", exact: true });
    await offline.check();
    const cases: [string, RegExp][] = [
      ["https://app.example.test/cb#frag", /must not contain a fragment/],
      ["https://*.example.test/cb", /wildcards are not allowed/],
      ["http://app.example.test/cb", /use https/],
      ["com.example.app:/cb", /custom schemes are allowed for native apps only/],
    ];
    for (const [uri, message] of cases) {
      await field.fill(uri);
      await page.getByRole("button", { name: "Create client" }).click();
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(main(page).getByText(message)).toBeVisible();
      await expect(field).toHaveValue(uri);
      await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Bad redirects");
      await expect(offline).toBeChecked();
    }
    // Native apps: loopback http is fine, a non-reverse-domain scheme is not.
    await page.getByRole("radio", { name: /^Native/ }).check();
    await field.fill("http://127.0.0.1/cb\nmyapp:/cb");
    await page.getByRole("button", { name: "Create client" }).click();
    await expect(main(page).getByText(/must be a reverse domain name/)).toBeVisible();
    await expect(main(page).getByText(/allowed only on a loopback host/)).toHaveCount(0);
  });

  test("shows the secret once: not after a reload, not on the detail page", async ({ page }) => {
    const created = await createClient(page, {
      kind: "Web app",
      name: unique("Secret once"),
      redirectUris: ["https://secret.example.test/callback"],
    });
    expect(created.secret!.length).toBeGreaterThan(20);
    await expect(main(page).getByText(/shown only this once/)).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "New client", exact: true })).toBeVisible();
    await expect(page.getByLabel("Client secret")).toHaveCount(0);
    expect(await page.content()).not.toContain(created.secret);
    await page.goto(`/admin/clients/${created.clientId}`);
    await expect(page.getByRole("heading", { name: created.name, exact: true })).toBeVisible();
    await expect(main(page).getByText(created.clientId).first()).toBeVisible();
    expect(await page.content()).not.toContain(created.secret);
  });

  test("edits settings and shows the integration snippet", async ({ page }) => {
    const created = await createClient(page, {
      kind: "Web app",
      name: unique("Editable"),
      redirectUris: ["https://edit.example.test/callback"],
    });
    await page.goto(`/admin/clients/${created.clientId}`);
    const snippet = main(page).getByRole("region", { name: "Integration" });
    await expect(snippet).toContainText(`OIDC_CLIENT_ID=${created.clientId}`);
    await expect(snippet).toContainText("/api/auth/.well-known/openid-configuration");
    await expect(snippet).toContainText("OIDC_REDIRECT_URI=https://edit.example.test/callback");

    // A bad URI is refused on the settings form too.
    await page.getByLabel("Redirect URIs", { exact: true }).fill("https://edit.example.test/cb#x");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(main(page).getByText(/must not contain a fragment/)).toBeVisible();

    const renamed = `${created.name} renamed`;
    await page.getByLabel("Name", { exact: true }).fill(renamed);
    await page.getByLabel("Homepage").fill("https://edit.example.test/");
    await page
      .getByLabel("Redirect URIs", { exact: true })
      .fill("https://edit.example.test/callback\nhttps://edit.example.test/other");
    await page
      .getByLabel("Post-logout redirect URIs", { exact: true })
      .fill("https://edit.example.test/bye");
    await page.getByRole("checkbox", { name: "Skip consent (first-party app)" }).check();
    await page.getByRole("checkbox", { name: "Allow RP-initiated logout" }).check();
    await page.getByRole("checkbox", { name: "offline_access", exact: true }).check();
    const idTokenClaims = page.getByRole("checkbox", {
      name: "Profile and email claims in the ID token",
    });
    await expect(idTokenClaims).toBeChecked();
    await idTokenClaims.uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(main(page).getByText("Settings saved.")).toBeVisible();
    await expect(idTokenClaims).not.toBeChecked();
    await expect(page.getByRole("heading", { name: renamed, exact: true })).toBeVisible();
    await expect(page.getByLabel("Homepage")).toHaveValue("https://edit.example.test/");
    await expect(page.getByLabel("Redirect URIs", { exact: true })).toHaveValue(
      "https://edit.example.test/callback\nhttps://edit.example.test/other",
    );
    await expect(page.getByLabel("Post-logout redirect URIs", { exact: true })).toHaveValue(
      "https://edit.example.test/bye",
    );
    await expect(
      page.getByRole("checkbox", { name: "Skip consent (first-party app)" }),
    ).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Allow RP-initiated logout" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "offline_access", exact: true })).toBeChecked();
  });

  test("a disabled client is refused at the token endpoint until enabled again", async ({
    page,
  }) => {
    const m2m = await createClient(page, { kind: "Machine-to-machine", name: unique("Toggle") });
    expect((await clientCredentials(m2m.clientId, m2m.secret!)).status).toBe(200);

    await page.goto(`/admin/clients/${m2m.clientId}`);
    await page.getByRole("button", { name: "Disable client" }).click();
    await expect(page.getByRole("button", { name: "Enable client" })).toBeVisible();
    await expect(main(page).getByText("Disabled", { exact: true })).toBeVisible();
    const refused = await clientCredentials(m2m.clientId, m2m.secret!);
    expect(refused.status).toBe(401);
    expect(refused.body.error).toBe("invalid_client");

    await page.getByRole("button", { name: "Enable client" }).click();
    await expect(page.getByRole("button", { name: "Disable client" })).toBeVisible();
    expect((await clientCredentials(m2m.clientId, m2m.secret!)).status).toBe(200);
  });

  test("rotating the secret invalidates the old one and shows the new one once", async ({
    page,
  }) => {
    const m2m = await createClient(page, { kind: "Machine-to-machine", name: unique("Rotate") });
    await page.goto(`/admin/clients/${m2m.clientId}`);
    await page.getByRole("button", { name: "Rotate secret" }).click();
    const box = page.getByLabel("Client secret");
    await expect(box).toBeVisible();
    const fresh = await box.inputValue();
    expect(fresh).not.toBe(m2m.secret);

    const old = await clientCredentials(m2m.clientId, m2m.secret!);
    expect(old.status).toBe(401);
    expect(old.body.error).toBe("invalid_client");
    const ok = await clientCredentials(m2m.clientId, fresh);
    expect(ok.status).toBe(200);
    expect(ok.body.access_token).toBeTruthy();

    await page.reload();
    await expect(page.getByLabel("Client secret")).toHaveCount(0);
    expect(await page.content()).not.toContain(fresh);
  });

  test("deleting requires typing the client's name", async ({ page }) => {
    const created = await createClient(page, {
      kind: "Single-page app",
      name: unique("Doomed"),
      redirectUris: ["https://doomed.example.test/cb"],
    });
    await page.goto(`/admin/clients/${created.clientId}`);
    const confirm = page.getByLabel(`Type ${created.name} to confirm`);
    await confirm.fill("something else");
    await page.getByRole("button", { name: "Delete client" }).click();
    await expect(main(page).getByText(`Type ${created.name} exactly to confirm.`)).toBeVisible();
    await confirm.fill(created.name);
    await page.getByRole("button", { name: "Delete client" }).click();
    await page.waitForURL("**/admin/clients");
    await page.goto(`/admin/clients?q=${encodeURIComponent(created.name)}`);
    await expect(main(page).getByText("0 clients")).toBeVisible();
    const gone = await page.goto(`/admin/clients/${created.clientId}`);
    expect(gone?.status()).toBe(404);
  });

  test("writes audit rows with the admin as actor and never the secret", async ({ page, sql }) => {
    const m2m = await createClient(page, { kind: "Machine-to-machine", name: unique("Audited") });
    await page.goto(`/admin/clients/${m2m.clientId}`);
    await page.getByLabel("Name", { exact: true }).fill(`${m2m.name} 2`);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(main(page).getByText("Settings saved.")).toBeVisible();
    await page.getByRole("button", { name: "Rotate secret" }).click();
    const rotated = await page.getByLabel("Client secret").inputValue();
    await page.getByRole("button", { name: "Disable client" }).click();
    await expect(page.getByRole("button", { name: "Enable client" })).toBeVisible();
    await page.getByRole("button", { name: "Enable client" }).click();
    await expect(page.getByRole("button", { name: "Disable client" })).toBeVisible();
    await page.getByLabel(`Type ${m2m.name} 2 to confirm`).fill(`${m2m.name} 2`);
    await page.getByRole("button", { name: "Delete client" }).click();
    await page.waitForURL("**/admin/clients");

    const rows = await sql<{ type: string; actor_label: string; row: string }[]>`
      select type, actor_label, row_to_json(a)::text as row
      from audit_event a where target_id = ${m2m.clientId} order by created_at`;
    expect(rows.map((r) => r.type)).toEqual([
      "client.created",
      "client.updated",
      "client.secret_rotated",
      "client.disabled",
      "client.enabled",
      "client.deleted",
    ]);
    for (const r of rows) {
      expect(r.actor_label).toBe("admin@example.test");
      expect(r.row).not.toContain(m2m.secret);
      expect(r.row).not.toContain(rotated);
    }
  });
});

test("a signed-in non-admin gets 404 on every client and resource page", async ({
  browser,
  page,
}) => {
  const created = await createClient(page, {
    kind: "Single-page app",
    name: unique("Hidden"),
    redirectUris: ["https://hidden.example.test/cb"],
  });
  const { page: user, close } = await newUserPage(browser, "Not An Admin");
  for (const path of [
    "/admin/clients",
    "/admin/clients/new",
    `/admin/clients/${created.clientId}`,
    `/admin/clients/${created.clientId}/resources`,
    `/admin/clients/${created.clientId}/consents`,
    "/admin/resources",
    "/admin/resources/new",
  ]) {
    const res = await user.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(user.getByText(created.name)).toHaveCount(0);
  }
  await close();
});

test("lists clients registered through RFC 7591 too, 20 per page", async ({ page }) => {
  const tag = unique("Paged");
  for (let i = 0; i < 21; i++) {
    await registerPublicClient(`${tag} ${String(i).padStart(2, "0")}`);
  }
  await page.goto(`/admin/clients?q=${encodeURIComponent(tag)}`);
  await expect(main(page).getByText("21 clients")).toBeVisible();
  const rows = main(page).getByRole("row").filter({ hasText: tag });
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText("Platform");
  await expect(main(page).getByText("Page 1 of 2")).toBeVisible();
  await main(page).getByRole("link", { name: "Next" }).click();
  await expect(main(page).getByText("Page 2 of 2")).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(main(page).getByRole("link", { name: "Previous" })).toBeVisible();
});
