import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";

/** Previous / next links that keep the search term. */
export function Pagination({ page, pageCount, q }: { page: number; pageCount: number; q: string }) {
  if (pageCount <= 1) return null;
  const href = (p: number) =>
    `/admin/clients?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonClass("secondary")}>
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-zinc-600 dark:text-zinc-400">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={buttonClass("secondary")}>
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
