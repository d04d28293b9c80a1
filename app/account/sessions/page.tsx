import type { Metadata } from "next";
import { headers } from "next/headers";
import { Badge } from "@/app/_components/ui/badge";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { Entry, EntryList, EntrySummary } from "@/app/_components/ui/entry-list";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { Section } from "@/app/_components/ui/section";
import { auth } from "@/lib/auth";
import { requireSession } from "@/lib/session";
import { parseUserAgent } from "@/lib/user-agent";
import { RevokeOtherSessionsForm, RevokeSessionForm } from "./session-forms";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  const current = await requireSession("/account/sessions");
  const all = await auth.api.listSessions({ headers: await headers() });
  // Only what the page shows: the tokens listSessions returns stay on the server.
  const sessions = all
    .map(({ id, userAgent, ipAddress, createdAt, updatedAt }) => ({
      id,
      device: parseUserAgent(userAgent),
      ipAddress,
      createdAt,
      updatedAt,
      current: id === current.session.id,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || +b.updatedAt - +a.updatedAt);
  const others = sessions.filter((s) => !s.current).length;

  return (
    <>
      <PageHeader
        title="Sessions"
        description="Where you are signed in. Sign out any session you don't recognise, then change your password."
      />
      <Section id="active-sessions" title="Active sessions">
        <EntryList>
          {sessions.map((s) => {
            const labelId = `session-${s.id}`;
            return (
              <Entry key={s.id}>
                <EntrySummary
                  labelId={labelId}
                  title={`${s.device.browser} on ${s.device.os}`}
                  badges={
                    <>
                      {s.current ? <Badge tone="success">This device</Badge> : null}
                      {s.device.mobile ? <Badge>Mobile</Badge> : null}
                    </>
                  }
                >
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-zinc-600 dark:text-zinc-400">
                    <dt>IP address</dt>
                    <dd className="break-all">{s.ipAddress || "Unknown"}</dd>
                    <dt>Signed in</dt>
                    <dd>{formatDateTime(s.createdAt)}</dd>
                    <dt>Last active</dt>
                    <dd>{formatDateTime(s.updatedAt)}</dd>
                  </dl>
                </EntrySummary>
                {s.current ? null : <RevokeSessionForm sessionId={s.id} describedBy={labelId} />}
              </Entry>
            );
          })}
        </EntryList>
      </Section>
      <Section
        id="other-sessions"
        title="Sign out everywhere else"
        description={
          others === 0
            ? "You are signed in on this device only."
            : `Ends ${others === 1 ? "the other session" : `all ${others} other sessions`}; this device stays signed in.`
        }
      >
        <RevokeOtherSessionsForm disabled={others === 0} />
      </Section>
    </>
  );
}
