import type { BrowserContext, Page } from "@playwright/test";
import {
  authorization,
  createOrganization,
  expect,
  join,
  newEmail,
  type Org,
  PASSWORD,
  registerClient,
  relyingPartyPerFile,
  rpConfig,
  signUpUser,
  test,
  waitForMailLink,
  withSql,
} from "./fixtures";

const rp = relyingPartyPerFile();

/** An openid-client authorization with scope `organization`, run in `page`; returns the ID token claims. */
async function authorizeForOrganization(page: Page, choose?: string) {
  const config = await rpConfig(await registerClient(rp.redirectUri));
  const request = await authorization(config, rp.redirectUri, { scope: "openid organization" });
  await page.goto(request.url);
  if (choose) {
    await expect(page.getByRole("heading", { name: "Choose an organization" })).toBeVisible();
    await page.getByRole("radio", { name: choose }).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  const callback = rp.callbackIn(page);
  await page.getByRole("button", { name: "Allow" }).click();
  return (await request.redeem(await callback)).claims()!;
}

/** Olivia signs up in `context` and creates an organization named `name`: she is its owner. */
async function ownerOf(context: BrowserContext, name: string) {
  const owner = await signUpUser(context, "Olivia Owner");
  return { owner, org: await createOrganization(context, name) };
}

const orgPage = (page: Page, org: Org) => page.goto(`/account/organizations/${org.slug}`);
const members = (page: Page) => page.getByRole("region", { name: "Members" });

/** The organization's audit trail holds (at least) events of each of `types`. */
async function expectAudited(organizationId: string, ...types: string[]) {
  const rows = await withSql(
    (sql) => sql<{ type: string }[]>`select type from audit_event
      where target_type = 'organization' and target_id = ${organizationId} order by created_at`,
  );
  expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(types));
}

test.describe("organization members and invitations", () => {
  test("an owner invites by email; the invitee signs up from the mail, accepts, and the organization reaches the relying party", async ({
    page,
    context,
    browser,
  }) => {
    const { org } = await ownerOf(context, "Invite Works");
    await page.goto("/account/organizations");
    await page.getByRole("link", { name: org.name }).click();
    await expect(page.getByRole("heading", { level: 1, name: org.name })).toBeVisible();
    await expect(members(page).getByText("Olivia Owner")).toBeVisible();

    const email = newEmail("invitee");
    const invite = page.getByRole("region", { name: "Invite people" });
    await invite.getByLabel("Email").fill(email);
    await invite.getByLabel("Role").selectOption("member");
    await invite.getByRole("button", { name: "Invite" }).click();
    await expect(invite.getByText(`Invitation sent to ${email}.`)).toBeVisible();
    const pending = page.getByRole("region", { name: "Pending invitations" });
    await expect(pending.getByRole("listitem").filter({ hasText: email })).toBeVisible();

    const link = await waitForMailLink(email, { subject: /Join Invite Works/ });
    expect(link).toMatch(/\/invitations\/[^/\s]+$/);

    const invitee = await browser.newContext();
    try {
      const inviteePage = await invitee.newPage();
      await inviteePage.goto(link);
      await expect(inviteePage.getByRole("heading", { name: `Join ${org.name}` })).toBeVisible();
      await inviteePage.getByRole("link", { name: "Create an account" }).click();
      await expect(inviteePage.getByLabel("Email")).toHaveValue(email);
      await inviteePage.getByLabel("Name").fill("Ivan Invitee");
      await inviteePage.getByLabel("Password").fill(PASSWORD);
      await inviteePage.getByRole("button", { name: "Create account" }).click();

      await expect(inviteePage).toHaveURL(new RegExp(`/invitations/`));
      await inviteePage.getByRole("button", { name: "Accept" }).click();
      await expect(inviteePage).toHaveURL(new RegExp(`/account/organizations/${org.slug}$`));
      const me = members(inviteePage).getByRole("listitem").filter({ hasText: "Ivan Invitee" });
      await expect(me.getByText("Member", { exact: true })).toBeVisible();
      // A plain member sees the members, not the controls.
      await expect(inviteePage.getByRole("region", { name: "Invite people" })).toHaveCount(0);

      // With a second organization of their own, the picker lists both; the choice reaches the RP.
      await createOrganization(invitee, "Ivan Solo");
      await inviteePage.goto("/select-organization");
      await expect(inviteePage.getByRole("radio", { name: org.name })).toBeVisible();
      const claims = await authorizeForOrganization(inviteePage, org.name);
      expect(claims).toMatchObject({ org_id: org.id, org_slug: org.slug });
    } finally {
      await invitee.close();
    }

    await orgPage(page, org);
    await expect(pending.getByText("No pending invitations")).toBeVisible();
    await expectAudited(org.id, "organization.member_invited", "organization.invitation_accepted");
  });

  test("an invitee who declines does not join; resend and cancel work on pending invitations", async ({
    page,
    context,
    browser,
  }) => {
    const { org } = await ownerOf(context, "Decline Works");
    const invitee = await browser.newContext();
    try {
      const user = await signUpUser(invitee, "Dora Decliner");
      await orgPage(page, org);
      const invite = page.getByRole("region", { name: "Invite people" });
      await invite.getByLabel("Email").fill(user.email);
      await invite.getByRole("button", { name: "Invite" }).click();
      await expect(invite.getByText(`Invitation sent to ${user.email}.`)).toBeVisible();

      const entry = page
        .getByRole("region", { name: "Pending invitations" })
        .getByRole("listitem")
        .filter({ hasText: user.email });
      await entry.getByRole("button", { name: "Resend" }).click();
      await expect(entry.getByText("Sent again.")).toBeVisible();
      await expect
        .poll(() =>
          withSql(
            async (sql) =>
              (
                await sql`select count(*)::int as n from mail_outbox where recipient = ${user.email}`
              )[0]!.n as number,
          ),
        )
        .toBe(2);

      const inviteePage = await invitee.newPage();
      await inviteePage.goto(await waitForMailLink(user.email));
      await inviteePage.getByRole("button", { name: "Decline" }).click();
      await expect(
        inviteePage.getByText(`You declined the invitation to ${org.name}.`),
      ).toBeVisible();
      await inviteePage.reload();
      await expect(inviteePage.getByText("This invitation was declined.")).toBeVisible();
      expect((await inviteePage.goto(`/account/organizations/${org.slug}`))?.status()).toBe(404);

      // A second invitation, canceled by the owner, can no longer be accepted.
      await page.reload();
      await expect(entry).toHaveCount(0);
      await invite.getByLabel("Email").fill(user.email);
      await invite.getByRole("button", { name: "Invite" }).click();
      await expect(entry).toBeVisible();
      await entry.getByRole("button", { name: "Cancel" }).click();
      await expect(entry).toHaveCount(0);
      await inviteePage.goto(await waitForMailLink(user.email));
      await expect(
        inviteePage.getByText("This invitation was withdrawn by the organization."),
      ).toBeVisible();
      await expect(inviteePage.getByRole("button", { name: "Accept" })).toHaveCount(0);
    } finally {
      await invitee.close();
    }
    const [{ n } = { n: -1 }] = await withSql(
      (sql) => sql<{ n: number }[]>`select count(*)::int as n from member
        where organization_id = ${org.id}`,
    );
    expect(n).toBe(1);
    await expectAudited(
      org.id,
      "organization.invitation_resent",
      "organization.invitation_declined",
      "organization.invitation_canceled",
    );
  });

  test("a role change and a removal take effect at once and on the next authorization", async ({
    page,
    context,
    browser,
  }) => {
    const { org } = await ownerOf(context, "Roles Works");
    const memberContext = await browser.newContext();
    try {
      const member = await signUpUser(memberContext, "Max Member");
      await join(context, memberContext, org, member.email);
      const memberPage = await memberContext.newPage();
      expect(await authorizeForOrganization(memberPage)).toMatchObject({ org_id: org.id });

      await orgPage(page, org);
      const entry = members(page).getByRole("listitem").filter({ hasText: member.email });
      await entry.getByLabel("Role").selectOption("admin");
      await entry.getByRole("button", { name: "Change role" }).click();
      await expect(entry.getByText("Max Member is now admin.")).toBeVisible();
      await orgPage(memberPage, org);
      await expect(memberPage.getByRole("region", { name: "Invite people" })).toBeVisible();

      await entry.getByRole("button", { name: "Remove" }).click();
      await expect(entry).toHaveCount(0);
      expect((await memberPage.goto(`/account/organizations/${org.slug}`))?.status()).toBe(404);
      // The next authorization no longer offers the organization: the picker asks for a new one.
      const config = await rpConfig(await registerClient(rp.redirectUri));
      const request = await authorization(config, rp.redirectUri, {
        scope: "openid organization",
      });
      await memberPage.goto(request.url);
      await expect(
        memberPage.getByRole("heading", { name: "Choose an organization" }),
      ).toBeVisible();
      await expect(memberPage.getByRole("radio", { name: org.name })).toHaveCount(0);
    } finally {
      await memberContext.close();
    }
    await expectAudited(org.id, "organization.member_role_changed", "organization.member_removed");
  });

  test("an owner transfers ownership to another member and becomes an admin", async ({
    page,
    context,
    browser,
  }) => {
    const { owner, org } = await ownerOf(context, "Owner Works");
    await orgPage(page, org);
    // The only owner has no controls on their own entry (Leave refuses, see organizations spec).
    const self = members(page).getByRole("listitem").filter({ hasText: owner.email });
    await expect(self.getByRole("button", { name: "Change role" })).toHaveCount(0);

    const heirContext = await browser.newContext();
    try {
      const heir = await signUpUser(heirContext, "Hana Heir");
      await join(context, heirContext, org, heir.email);
      await page.reload();
      const entry = members(page).getByRole("listitem").filter({ hasText: heir.email });
      await entry.getByRole("button", { name: "Transfer ownership" }).click();
      await expect(self.getByText("Admin", { exact: true })).toBeVisible();
      await expect(entry.getByText("Owner", { exact: true })).toBeVisible();
      // An admin has no controls on an owner.
      await expect(entry.getByRole("button", { name: "Change role" })).toHaveCount(0);

      // The new owner cannot demote themselves while they are the only owner.
      const heirPage = await heirContext.newPage();
      await orgPage(heirPage, org);
      const former = members(heirPage).getByRole("listitem").filter({ hasText: owner.email });
      await former.getByLabel("Role").selectOption("member");
      await former.getByRole("button", { name: "Change role" }).click();
      await expect(former.getByText("Olivia Owner is now member.")).toBeVisible();
    } finally {
      await heirContext.close();
    }
    const roles = await withSql(
      (sql) => sql<{ role: string }[]>`select role from member where organization_id = ${org.id}
        order by role`,
    );
    expect(roles.map((r) => r.role)).toEqual(["member", "owner"]);
    await expectAudited(org.id, "organization.ownership_transferred");
  });
});
