import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/app/_components/ui/button";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { SignOutButton } from "@/app/account/sign-out-button";
import { findInvitation } from "@/db/queries/organizations";
import { roleLabel } from "@/lib/organization-roles";
import { getSession } from "@/lib/session";
import { AnswerForm } from "./answer-form";

export const metadata: Metadata = { title: "Invitation" };

const STATUS_TEXT: Record<string, string> = {
  accepted: "This invitation was accepted already.",
  rejected: "This invitation was declined.",
  canceled: "This invitation was withdrawn by the organization.",
};

/**
 * The link of an invitation mail. Anonymous visitors sign in or create an account first (the
 * invited address filled in) and come back here; the invited person answers Accept or Decline.
 */
export default async function InvitationPage({ params }: PageProps<"/invitations/[invitationId]">) {
  const { invitationId } = await params;
  const invitation = await findInvitation(invitationId);
  if (!invitation) notFound();
  const session = await getSession();
  const here = `/invitations/${encodeURIComponent(invitation.id)}`;
  const back = new URLSearchParams({ redirect_to: here, email: invitation.email });
  const closed =
    STATUS_TEXT[invitation.status] ??
    (invitation.expired ? "This invitation has expired. Ask for a new one." : undefined);
  const forSomeoneElse =
    session && session.user.email.toLowerCase() !== invitation.email.toLowerCase();
  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">
          {`Join ${invitation.organizationName}`}
        </h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {`${invitation.inviterName} invited ${invitation.email} to join ${invitation.organizationName} as ${roleLabel(invitation.role ?? "member").toLowerCase()}.`}
        </p>
        {closed ? (
          <p className="mt-6 text-sm" role="status">
            {closed}
          </p>
        ) : !session ? (
          <div className="mt-6 space-y-3">
            <p className="text-sm">Sign in or create an account with that address to answer.</p>
            <div className="flex flex-wrap gap-3">
              <LinkButton href={`/sign-in?${back}`}>Sign in</LinkButton>
              <LinkButton href={`/sign-up?${back}`} variant="secondary">
                Create an account
              </LinkButton>
            </div>
          </div>
        ) : forSomeoneElse ? (
          <div className="mt-6 space-y-3">
            <p className="text-sm" role="status">
              {`You are signed in as ${session.user.email}. Sign out, then open the link again as ${invitation.email}.`}
            </p>
            <SignOutButton />
          </div>
        ) : (
          <AnswerForm invitationId={invitation.id} />
        )}
      </Card>
    </AuthShell>
  );
}
