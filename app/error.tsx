"use client";

import { Button, LinkButton } from "@/app/_components/ui/button";
import { AuthShell, Card } from "@/app/_components/ui/card";

/** Unexpected failures inside a page: say so plainly and offer to try again. */
export default function ErrorBoundary({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">Something went wrong</h1>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          This page could not be shown. Nothing you entered was sent twice; try again, or start from
          the home page.
        </p>
        {error.digest ? (
          <p className="mt-4 text-sm">
            Reference:{" "}
            <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">
              {error.digest}
            </code>
          </p>
        ) : null}
        <div className="mt-6 grid gap-3 sm:grid-cols-2">
          <Button onClick={reset}>Try again</Button>
          <LinkButton href="/" variant="secondary">
            Go home
          </LinkButton>
        </div>
      </Card>
    </AuthShell>
  );
}
