import Link from "next/link";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { FlowHeader, footLinkClass } from "./flow-header";

/** One line at the foot of an auth card: a prompt and a quiet link to the other page. */
export function FootLink({ prompt, href, label }: { prompt: string; href: string; label: string }) {
  return (
    <p className="mt-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
      {prompt}{" "}
      <Link href={href} className={footLinkClass}>
        {label}
      </Link>
    </p>
  );
}

/**
 * The frame of a sign-in, sign-up or two-factor page: the card with the flow header, the page's
 * form (`children`) and the foot link.
 */
export function FlowPage({
  children,
  foot,
  ...header
}: React.ComponentProps<typeof FlowHeader> & {
  children: React.ReactNode;
  foot: React.ComponentProps<typeof FootLink>;
}) {
  return (
    <AuthShell>
      <Card>
        <FlowHeader {...header} />
        {children}
        <FootLink {...foot} />
      </Card>
    </AuthShell>
  );
}
