import { buttonClass, LinkButton } from "@/app/_components/ui/button";

/**
 * A GET form of list filters: works without JavaScript, and the URL holds the filter, so a
 * filtered page can be shared and paginated.
 */
export function FilterBar({
  label,
  resetHref,
  children,
}: {
  label: string;
  resetHref: string;
  children: React.ReactNode;
}) {
  return (
    <form
      method="get"
      role="search"
      aria-label={label}
      className="mb-4 grid grid-cols-1 items-end gap-3 rounded-xl border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {children}
      <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        <LinkButton href={resetHref} variant="secondary">
          Reset
        </LinkButton>
      </div>
    </form>
  );
}
