import type { Metadata } from "next";
import { buttonClass, LinkButton } from "@/app/_components/ui/button";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { hasEventSince } from "@/db/queries/audit";
import { first, safeReturnPath } from "@/lib/oauth/flow";
import { getSession } from "@/lib/session";

export const metadata: Metadata = { title: "Verify email" };

/**
 * Where the verification link lands (`callbackURL`). Better Auth has already checked the token,
 * verified the address and signed the person in with a new session, or appended `error=`
 * (INVALID_TOKEN, TOKEN_EXPIRED …). Anyone can open this URL, so "verified" is shown only when
 * the token check really happened for this session: the address is verified and its
 * `user.email_verified` event (written by the library's afterEmailVerification callback) is no
 * older than the session and a few minutes old at most.
 */
const CLOCK_SLACK_MS = 5_000;
const RECENT_SECONDS = 10 * 60;

async function justVerified(session: Awaited<ReturnType<typeof getSession>>) {
  if (!session?.user.emailVerified) return false;
  const since = new Date(new Date(session.session.createdAt).getTime() - CLOCK_SLACK_MS);
  return hasEventSince(session.user.id, "user.email_verified", since, RECENT_SECONDS);
}

export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const params = await searchParams;
  const error = first(params.error);
  const next = safeReturnPath(first(params.continue));
  const signedIn = error ? null : await getSession();
  const session = (await justVerified(signedIn)) ? signedIn : null;
  return (
    <AuthShell>
      <Card>
        {error || !session ? (
          <>
            <h1 className="text-xl font-semibold tracking-tight">This link doesn’t work</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              The verification link is invalid, was used already or has expired. Sign in and we will
              send you a new one.
            </p>
            {error ? (
              <p className="mt-3 text-sm">
                Error code:{" "}
                <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">
                  {error.slice(0, 64)}
                </code>
              </p>
            ) : null}
            <LinkButton href="/sign-in" className="mt-6 w-full">
              Sign in
            </LinkButton>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold tracking-tight">Email verified</h1>
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
              <span className="font-medium break-all text-zinc-900 dark:text-zinc-100">
                {session.user.email}
              </span>{" "}
              is confirmed and you are signed in.
            </p>
            {/* A full navigation: the target may be the authorization endpoint. */}
            <a href={next} className={`${buttonClass()} mt-6 w-full`}>
              Continue
            </a>
          </>
        )}
      </Card>
    </AuthShell>
  );
}
