import type { APIRequestContext, BrowserContext } from "@playwright/test";
import {
  baseUrl,
  callAction,
  createOrganization,
  expect,
  invite,
  join,
  newEmail,
  serverActions,
  signUpUser,
  test,
  withSql,
} from "./fixtures";

const SELF_SERVICE_ORG_EVENTS = [
  "organization.member_invited",
  "organization.invitation_resent",
  "organization.invitation_canceled",
  "organization.member_role_changed",
  "organization.member_removed",
  "organization.ownership_transferred",
];

/** What an organization's admin actions could change: members, invitations, mail, audit rows, SSO. */
const organizationState = (organizationId: string, pendingEmail: string) =>
  withSql(async (sql) => ({
    members: await sql`select id, user_id, role from member
      where organization_id = ${organizationId} order by id`,
    invitations: await sql`select id, email, role, status, expires_at from invitation
      where organization_id = ${organizationId} order by id`,
    mails: (
      await sql`select count(*)::int as n from mail_outbox where recipient = ${pendingEmail}`
    )[0]!.n as number,
    events: await sql`select type from audit_event
      where target_id = ${organizationId} and type = any(${SELF_SERVICE_ORG_EVENTS})`,
    providers: await sql`select id, domain, domain_verified from sso_provider
      where organization_id = ${organizationId} order by id`,
  }));

const requestContext = (context: BrowserContext) => context.request;

async function anonymousRequest(playwright: {
  request: { newContext: (o: object) => Promise<APIRequestContext> };
}) {
  return playwright.request.newContext({
    baseURL: baseUrl(),
    extraHTTPHeaders: { origin: baseUrl() },
  });
}

test.describe("organization access control", () => {
  test("non-members, plain members and anonymous callers never reach an organization's admin actions", async ({
    browser,
    playwright,
  }) => {
    const actions = serverActions("app/account/organizations/[slug]/");
    expect(actions.map((a) => a.exportedName).sort()).toEqual([
      "addOrganizationSso",
      "cancelInvitation",
      "changeMemberRole",
      "inviteMember",
      "removeMember",
      "removeOrganizationSso",
      "resendInvitation",
      "transferOwnership",
      "verifyOrganizationDomains",
    ]);

    const owner = await browser.newContext();
    const member = await browser.newContext();
    const outsider = await browser.newContext();
    const anonymous = await anonymousRequest(playwright);
    try {
      await signUpUser(owner, "RBAC Owner");
      const memberUser = await signUpUser(member, "RBAC Member");
      await signUpUser(outsider, "RBAC Outsider");
      const org = await createOrganization(owner, "RBAC Org");
      await join(owner, member, org, memberUser.email);
      const pendingEmail = newEmail("pending");
      const pendingId = await invite(owner, org, pendingEmail, "admin");
      const [ownerMember] = await withSql(
        (sql) => sql<{ id: string }[]>`select id from member
          where organization_id = ${org.id} and role = 'owner'`,
      );

      const url = `/account/organizations/${org.slug}`;
      const fields = {
        organizationId: org.id,
        email: newEmail("probe"),
        role: "owner",
        invitationId: pendingId,
        memberId: ownerMember!.id,
        // Single sign-on: a complete, valid provider (only the caller may be refused).
        name: "Probe SSO",
        issuer: "https://sso.example.com",
        clientId: "probe-client",
        clientSecret: "probe-secret",
        scopes: "openid email profile",
        domains: "probe.example.com",
      };
      const before = await organizationState(org.id, pendingEmail);

      // The page itself: the owner sees it; the member sees it without controls; others get 404.
      expect((await requestContext(outsider).get(url)).status()).toBe(404);
      const anonymousPage = await anonymous.get(url, { maxRedirects: 0 });
      expect(anonymousPage.status()).toBeGreaterThanOrEqual(300);
      expect(anonymousPage.status()).not.toBe(200);
      const memberPage = await requestContext(member).get(url);
      expect(memberPage.status()).toBe(200);
      expect(await memberPage.text()).not.toContain("Pending invitations");

      for (const action of actions) {
        for (const [who, api] of [
          ["non-member", requestContext(outsider)],
          ["plain member", requestContext(member)],
          ["anonymous", anonymous],
        ] as const) {
          for (const withState of [false, true]) {
            const res = await callAction(api, url, action.id, fields, withState);
            expect(res.status(), `${action.name} as ${who}`).toBe(404);
            expect(res.headers()["x-action-redirect"], action.name).toBeUndefined();
          }
        }
      }
      expect(await organizationState(org.id, pendingEmail)).toEqual(before);

      // The same call works for the owner (the probe is a real call), and the last owner is
      // refused when demoting themselves even without the page's controls.
      const change = actions.find((a) => a.exportedName === "changeMemberRole")!;
      const demote = await callAction(requestContext(owner), url, change.id, {
        ...fields,
        role: "admin",
      });
      expect(demote.status()).toBe(200);
      expect(await demote.text()).toContain("An organization needs an owner.");
      const resend = actions.find((a) => a.exportedName === "resendInvitation")!;
      expect((await callAction(requestContext(owner), url, resend.id, fields)).status()).toBe(200);
      const after = await organizationState(org.id, pendingEmail);
      expect(after.members).toEqual(before.members);
      expect(after.mails).toBe(before.mails + 1);
    } finally {
      await anonymous.dispose();
      await Promise.all([owner.close(), member.close(), outsider.close()]);
    }
  });
});
