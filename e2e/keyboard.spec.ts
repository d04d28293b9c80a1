import { expect, test, type Page } from "@playwright/test";

/** The focused element's outline, which :focus-visible must make visible. */
const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });

async function tabTo(page: Page, accessibleName: RegExp, limit = 25) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? "";
      return `${el.getAttribute("aria-label") ?? ""} ${labelled} ${el.textContent ?? ""}`.trim();
    });
    if (accessibleName.test(name)) return;
  }
  throw new Error(`Tab never reached ${accessibleName}`);
}

test("a person signs up and signs in with the keyboard alone, with a visible focus ring", async ({
  page,
  request,
  baseURL,
}) => {
  const email = `keys-${Date.now().toString(36)}@example.test`;
  const res = await request.post("/api/auth/sign-up/email", {
    data: { name: "Key Board", email, password: "keyboard-password-1" },
    headers: { origin: baseURL! },
  });
  expect(res.ok()).toBe(true);

  await page.goto("/sign-in");
  await tabTo(page, /^Email/);
  const outline = await focusOutline(page);
  expect(outline?.style).not.toBe("none");
  expect(outline?.width).toBeGreaterThan(0);
  await page.keyboard.type(email);
  await tabTo(page, /^Password/);
  await page.keyboard.type("keyboard-password-1");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The account navigation is reachable and operable by keyboard too.
  await tabTo(page, /Sessions/);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/account\/sessions$/);
});

test("submitting shows a pending button that keeps its size and place (no layout shift)", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("nobody@example.test");
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  const button = page.getByRole("button", { name: "Sign in", exact: true });
  const before = await button.boundingBox();

  // Hold the request so the pending state can be observed deterministically.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/auth/sign-in/email", async (route) => {
    await held;
    await route.continue();
  });
  await button.click();
  await expect(button).toHaveAttribute("aria-busy", "true");
  await expect(button).toBeDisabled();
  expect(await button.boundingBox()).toEqual(before);
  release();

  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "That email and password do not match an account.",
  );
  // The error message then appears above the form; the button keeps its size.
  await expect(button).toBeEnabled();
  const after = await button.boundingBox();
  expect({ width: after?.width, height: after?.height }).toEqual({
    width: before?.width,
    height: before?.height,
  });
});
