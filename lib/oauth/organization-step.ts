import { APIError } from "better-auth/api";
import { findMembership, findOrganizationSlug, listMemberships } from "@/db/queries/organizations";
import { authRequestContext } from "./boundary/request-context";
import { ORGANIZATION_SCOPE } from "./scopes";

/**
 * The post-login organization step (docs/library-facts.md, facts 5 and 24).
 *
 * A request with the `organization` scope shows `/select-organization` on every
 * authorization, unless the user belongs to exactly one organization. The picker itself
 * resumes the flow through `organization.setActive` or `oauth2.continue`; both re-run this
 * check, so a request made by those two endpoints means "the user has just chosen" and
 * must not send them back (upstream issue 11093). The choice is then verified as a
 * membership when the consent is keyed.
 *
 * Which endpoint is calling comes from `authRequestContext` (`./boundary/request-context.ts`):
 * the boundary wrapper (`./boundary/index.ts`) writes it around every `/api/auth` request,
 * and this step only reads it.
 */
const PICKER_PATHS = ["/api/auth/organization/set-active", "/api/auth/oauth2/continue"];

type StepContext = {
  user: { id: string };
  session: { activeOrganizationId?: string | null } & Record<string, unknown>;
  scopes: readonly string[];
};

export async function shouldShowOrganizationPicker({ user, scopes }: StepContext) {
  if (!scopes.includes(ORGANIZATION_SCOPE)) return false;
  const pathname = authRequestContext.current()?.pathname;
  if (pathname && PICKER_PATHS.includes(pathname)) return false;
  const memberships = await listMemberships(user.id);
  return memberships.length !== 1;
}

/** The organization the consent (and the tokens) are for; fails closed when none is chosen. */
export async function organizationReferenceId({ user, session, scopes }: StepContext) {
  if (!scopes.includes(ORGANIZATION_SCOPE)) return undefined;
  const active = session.activeOrganizationId;
  if (active && (await findMembership(user.id, active))) return active;
  const memberships = await listMemberships(user.id);
  const [only] = memberships;
  if (only && memberships.length === 1) return only.id;
  throw new APIError("BAD_REQUEST", {
    error: "invalid_request",
    error_description: "Choose an organization you belong to before continuing",
  });
}

/** `org_id` and `org_slug` for tokens and UserInfo of an organization-scoped grant. */
export async function organizationClaims(referenceId: unknown) {
  if (typeof referenceId !== "string" || !referenceId) return {};
  const slug = await findOrganizationSlug(referenceId);
  return slug ? { org_id: referenceId, org_slug: slug } : {};
}
