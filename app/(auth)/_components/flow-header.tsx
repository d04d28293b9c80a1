import { AppMark } from "@/app/_components/ui/app-mark";
import type { PublicClient } from "@/lib/oauth/flow";

/**
 * The heading of an interaction page: inside an OAuth flow it names the app (with its logo or
 * monogram) the person is about to continue to; otherwise a plain Gatehouse title.
 */
export function FlowHeader({
  client,
  inFlowTitle,
  title,
  description,
}: {
  client?: PublicClient;
  inFlowTitle: (name: string) => string;
  title: string;
  description?: React.ReactNode;
}) {
  return (
    <div>
      {client ? (
        <div className="mb-4 flex">
          <AppMark name={client.name} logoUri={client.logoUri} />
        </div>
      ) : null}
      <h1 className="text-xl font-semibold tracking-tight text-balance">
        {client ? inFlowTitle(client.name) : title}
      </h1>
      {description ? (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
      ) : null}
    </div>
  );
}

/** A quiet text link for the foot of an auth card. */
export const footLinkClass =
  "font-medium text-brand-600 underline-offset-2 hover:underline dark:text-brand-100";
