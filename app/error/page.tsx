import type { Metadata } from "next";
import { LinkButton } from "@/app/_components/ui/button";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { explainError } from "@/lib/oauth/errors";
import { first } from "@/lib/oauth/flow";

export const metadata: Metadata = { title: "Something went wrong" };

/** Protocol errors that must not be sent to a client (unknown client, unregistered redirect). */
export default async function ErrorPage({ searchParams }: PageProps<"/error">) {
  const params = await searchParams;
  const code = (first(params.error) ?? "invalid_request").replace(/[^\w.-]/g, "").slice(0, 64);
  const description = first(params.error_description)?.slice(0, 300);
  return (
    <AuthShell>
      <Card>
        <div
          aria-hidden
          className="mb-4 grid size-12 place-items-center rounded-xl bg-red-50 text-xl font-semibold text-red-700 dark:bg-red-950/50 dark:text-red-300"
        >
          !
        </div>
        <h1 className="text-xl font-semibold tracking-tight">We couldn’t complete that request</h1>
        <p className="mt-2 text-sm text-zinc-800 dark:text-zinc-200">{explainError(code)}</p>
        {description ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
        ) : null}
        <dl className="mt-4 flex items-center gap-2 text-sm">
          <dt>Error code</dt>
          <dd>
            <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">
              {code || "invalid_request"}
            </code>
          </dd>
        </dl>
        <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
          Go back to the application and try again. If this keeps happening, tell the people who run
          it and quote the code.
        </p>
        <LinkButton href="/" variant="secondary" className="mt-6 w-full">
          Go to the Gatehouse home page
        </LinkButton>
      </Card>
    </AuthShell>
  );
}
