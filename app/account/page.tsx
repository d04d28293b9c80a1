import type { Metadata } from "next";
import { Badge } from "@/app/_components/ui/badge";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { Section } from "@/app/_components/ui/section";
import { requireSession } from "@/lib/session";
import { EmailForm } from "./email-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { SignOutButton } from "./sign-out-button";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const { user } = await requireSession("/account");
  return (
    <>
      <PageHeader
        title="Your account"
        description="Your profile, email address and password."
        actions={<SignOutButton />}
      />
      <Section id="profile" title="Profile">
        <ProfileForm name={user.name} image={user.image ?? null} />
      </Section>
      <Section
        id="email"
        title="Email address"
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <span className="font-medium break-all text-zinc-900 dark:text-zinc-100">
              {user.email}
            </span>
            {user.emailVerified ? (
              <Badge tone="success">Verified</Badge>
            ) : (
              <Badge tone="warning">Not verified</Badge>
            )}
          </span>
        }
      >
        <EmailForm email={user.email} verified={user.emailVerified} />
      </Section>
      <Section id="password" title="Password">
        <PasswordForm />
      </Section>
    </>
  );
}
