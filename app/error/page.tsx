import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { explainError } from "@/lib/oauth/errors";
import { first } from "@/lib/oauth/flow";

export const metadata: Metadata = { title: "Something went wrong" };

export default async function ErrorPage({ searchParams }: PageProps<"/error">) {
  const params = await searchParams;
  const code = (first(params.error) ?? "invalid_request").slice(0, 64);
  const description = first(params.error_description)?.slice(0, 300);
  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">We couldn’t complete that request</h1>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{explainError(code)}</p>
        {description ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
        ) : null}
        <p className="mt-4 text-sm">
          Error code:{" "}
          <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800">
            {code}
          </code>
        </p>
        <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
          If this keeps happening, tell the people who run the application you came from and quote
          the code.
        </p>
        <Link href="/" className={`${buttonClass("secondary")} mt-6 w-full`}>
          Go to the Gatehouse home page
        </Link>
      </Card>
    </AuthShell>
  );
}
