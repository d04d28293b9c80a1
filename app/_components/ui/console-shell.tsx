import Link from "next/link";
import { NavLink } from "./nav-link";
import { TitleBar } from "./title-bar";

export type NavItem = { href: string; label: string; exact?: boolean };

/**
 * The frame of the account area and the admin console: a header with the signed-in user, a
 * side navigation (a scrolling row below 768 px) and the page.
 */
export function ConsoleShell({
  area,
  navLabel,
  nav,
  email,
  children,
}: {
  area: string;
  navLabel: string;
  nav: readonly NavItem[];
  email: string;
  children: React.ReactNode;
}) {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
          <Link href="/" className="flex items-center gap-2 text-sm font-semibold tracking-tight">
            <span
              aria-hidden
              className="grid size-7 place-items-center rounded-lg bg-brand-600 text-white"
            >
              G
            </span>
            <span>Gatehouse</span>
            <span className="text-zinc-400" aria-hidden>
              /
            </span>
            <span className="text-zinc-600 dark:text-zinc-300">{area}</span>
          </Link>
          <span className="truncate text-sm text-zinc-500 dark:text-zinc-400">{email}</span>
        </div>
      </header>
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 md:flex-row md:gap-10 md:py-10">
        <nav aria-label={navLabel} className="md:w-48 md:shrink-0">
          <ul className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1 md:flex-col md:overflow-visible">
            {nav.map((item) => (
              <li key={item.href}>
                <NavLink {...item} />
              </li>
            ))}
          </ul>
        </nav>
        <main className="min-w-0 flex-1">{children}</main>
      </div>
    </div>
  );
}

/** A page title with an optional description and actions on the right. */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: React.ReactNode;
  actions?: React.ReactNode;
}) {
  return (
    <TitleBar
      className="mb-6 gap-4"
      heading={
        <h1 className="text-2xl font-semibold tracking-tight [overflow-wrap:anywhere]">{title}</h1>
      }
      description={description}
      actions={actions}
    />
  );
}
