import { productName } from "@/lib/branding";
import { env } from "@/lib/env";
import { sendLinkMail } from "@/lib/mail";
import { roleLabel } from "@/lib/organization-roles";

/** The page an invitation link opens (docs/architecture.md, URL map). */
export const invitationUrl = (invitationId: string) =>
  `${env.BETTER_AUTH_URL}/invitations/${encodeURIComponent(invitationId)}`;

type InvitationMailData = {
  id: string;
  role: string;
  email: string;
  organization: { name: string };
  inviter: { user: { name: string; email: string } };
};

/** The organization plugin's `sendInvitationEmail`: one link to `/invitations/<id>`. */
export async function sendInvitationMail(data: InvitationMailData): Promise<void> {
  const inviter = data.inviter.user.name || data.inviter.user.email;
  await sendLinkMail(
    data.email,
    `Join ${data.organization.name} on ${await productName()}`,
    `${inviter} invited you to join ${data.organization.name} as ${roleLabel(data.role).toLowerCase()}. Open the invitation to accept or decline it; it expires in 48 hours.`,
    "Open the invitation",
    invitationUrl(data.id),
  );
}
