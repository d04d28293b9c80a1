import * as z from "zod";
import { ORGANIZATION_ROLES } from "@/lib/organization-roles";

const id = z.string().min(1).max(200);
const organization = { organizationId: id };
const role = z.enum(ORGANIZATION_ROLES, "Choose a role.");

export const inviteSchema = z.object({
  ...organization,
  email: z.email("Enter a valid email address.").max(254),
  role,
});

export const invitationSchema = z.object({ ...organization, invitationId: id });

export const memberSchema = z.object({ ...organization, memberId: id });

export const roleChangeSchema = z.object({ ...organization, memberId: id, role });
