import { apiClient, expect, main, test } from "../admin/fixtures";
import { CALLBACK, registerPublicClient, waitForMailLink } from "../fixtures";

test.describe("branding", () => {
  test.afterEach(async ({ sql }) => {
    // Back to the defaults for any later run against this server.
    await sql`delete from branding`;
  });

  test("an admin sets the product name, logo and accent colour; sign-in and email use them", async ({
    page,
    browser,
    playwright,
    createUser,
    contextOf,
    sql,
  }) => {
    await page.goto("/admin");
    await page.getByRole("link", { name: "Branding" }).click();
    await page.getByLabel("Product name").fill("Acme ID");
    await page.getByLabel("Logo URL").fill("http://insecure.example/logo.png");
    await page.getByLabel("Accent colour").fill("teal");
    await page.getByRole("button", { name: "Save branding" }).click();
    await expect(
      main(page).getByText("Enter a full https:// URL, or leave it empty."),
    ).toBeVisible();
    await expect(
      main(page).getByText("Enter a colour as #RRGGBB, or leave it empty."),
    ).toBeVisible();
    await expect(page.getByLabel("Product name")).toHaveValue("Acme ID");

    await page.getByLabel("Logo URL").fill("https://cdn.example.test/acme.svg");
    await page.getByLabel("Accent colour").fill("#0F766E");
    await page.getByRole("button", { name: "Save branding" }).click();
    await expect(main(page).getByText(/Branding saved/)).toBeVisible();

    const user = await createUser("Branded User");
    const visitor = await browser.newContext();
    try {
      const signIn = await visitor.newPage();
      await signIn.goto("/sign-in");
      await expect(signIn.getByRole("heading", { name: "Sign in to Acme ID" })).toBeVisible();
      await expect(signIn.getByRole("img", { name: "Acme ID logo" })).toHaveAttribute(
        "src",
        "https://cdn.example.test/acme.svg",
      );
      const button = signIn.getByRole("button", { name: "Sign in", exact: true });
      await expect(button).toHaveCSS("background-color", "rgb(15, 118, 110)");
    } finally {
      await visitor.close();
    }

    // The consent page carries the branding too (inside an authorization, signed in).
    const client = await registerPublicClient("Branded App", "openid profile");
    const consentPage = await (await contextOf(user)).newPage();
    const authorize = new URLSearchParams({
      client_id: client.client_id,
      response_type: "code",
      redirect_uri: CALLBACK,
      scope: "openid profile",
      state: "branding",
      // RFC 7636 appendix B test vector; the code is never redeemed.
      code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      code_challenge_method: "S256",
    });
    await consentPage.goto(`/api/auth/oauth2/authorize?${authorize}`);
    await expect(
      consentPage.getByRole("heading", { name: "Branded App wants to access your account" }),
    ).toBeVisible();
    await expect(consentPage.getByRole("img", { name: "Acme ID logo" })).toBeVisible();
    await expect(consentPage.getByRole("button", { name: "Allow" })).toHaveCSS(
      "background-color",
      "rgb(15, 118, 110)",
    );

    const api = await apiClient(playwright);
    await api.post("/api/auth/request-password-reset", {
      data: { email: user.email, redirectTo: "/reset-password" },
    });
    await api.dispose();
    await waitForMailLink(user.email, { subject: /^Reset your Acme ID password$/ });
    const [event] = await sql<{ details: Record<string, unknown> }[]>`
      select details from audit_event where type = 'branding.updated'
      order by created_at desc limit 1`;
    expect(event?.details).toMatchObject({ productName: "Acme ID", accentColor: "#0f766e" });
  });
});
