import Link from "next/link";
import { PageHeader } from "@/app/_components/ui/console-shell";

/** The head of an admin detail page: a link back to its list, then the page title. */
export function DetailHeader({
  back,
  ...header
}: React.ComponentProps<typeof PageHeader> & { back: { href: string; label: string } }) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={back.href} className="text-brand-700 hover:underline dark:text-brand-100">
          {`← ${back.label}`}
        </Link>
      </p>
      <PageHeader {...header} />
    </>
  );
}
