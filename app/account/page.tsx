import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { Card } from "@/app/_components/ui/card";
import { requireSession } from "@/lib/session";
import { SignOutButton } from "./sign-out-button";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const session = await requireSession("/account");
  return (
    <>
      <PageHeader title="Profile" />
      <Card>
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="text-zinc-500 dark:text-zinc-400">Name</dt>
            <dd className="font-medium">{session.user.name}</dd>
          </div>
          <div>
            <dt className="text-zinc-500 dark:text-zinc-400">Email</dt>
            <dd className="font-medium">{session.user.email}</dd>
          </div>
        </dl>
        <SignOutButton />
      </Card>
    </>
  );
}
