import type { Metadata } from "next";
import { StatusNotice } from "@/app/_components/ui/status-notice";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { listConsents } from "@/db/queries/consent-list";
import { listMemberships } from "@/db/queries/organizations";
import { findSignInLock } from "@/db/queries/sign-in-throttle";
import { findUserProfile } from "@/db/queries/users";
import { auth } from "@/lib/auth";
import { requireAdmin } from "@/lib/session";
import { ConsentsTable } from "../../consents/consents-table";
import { ProfileCard } from "./profile-card";
import { SessionsTable, type SessionSummary } from "./sessions-table";
import { UserActions } from "./user-actions";
import { DetailHeader } from "../../_components/detail-header";

export const metadata: Metadata = { title: "User" };

const NOTICES: Record<string, string> = {
  promoted: "The user is now an admin.",
  demoted: "The user is no longer an admin.",
  banned: "The user is banned and their sessions have ended.",
  unbanned: "The user can sign in again.",
  "signed-out": "Every session of the user has ended.",
  unlocked: "The user can try to sign in again.",
};

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireAdmin();
  const { userId } = await params;
  const user = await findUserProfile(userId);
  if (!user) notFound();
  const done = (await searchParams).done;
  const [memberships, { sessions }, consents, signInLock] = await Promise.all([
    listMemberships(user.id),
    auth.api.listUserSessions({ body: { userId: user.id }, headers: await headers() }),
    listConsents({ userId: user.id }, 1, 100),
    findSignInLock(user.email),
  ]);
  // Only these fields reach the page: never the session token.
  const now = new Date();
  const active: SessionSummary[] = sessions
    .filter((s) => new Date(s.expiresAt) > now)
    .map((s) => ({
      id: s.id,
      ipAddress: s.ipAddress ?? null,
      userAgent: s.userAgent ?? null,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      expiresAt: s.expiresAt,
    }));
  const notice = typeof done === "string" ? NOTICES[done] : undefined;
  return (
    <>
      <DetailHeader
        back={{ href: "/admin/users", label: "Users" }}
        title={user.email}
        description={user.name}
      />
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      <ProfileCard user={user} memberships={memberships} />
      <section aria-labelledby="sessions-heading" className="mt-8">
        <h2 id="sessions-heading" className="mb-3 text-lg font-semibold">
          Sessions
        </h2>
        <SessionsTable sessions={active} />
      </section>
      <section aria-labelledby="consents-heading" className="mt-8">
        <h2 id="consents-heading" className="mb-3 text-lg font-semibold">
          Consents
        </h2>
        <ConsentsTable rows={consents.rows} returnTo={`/admin/users/${user.id}`} showUser={false} />
      </section>
      <UserActions user={user} self={admin.user.id === user.id} signInLock={signInLock} />
    </>
  );
}
