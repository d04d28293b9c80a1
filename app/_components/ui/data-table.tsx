import Link from "next/link";

/**
 * A table that stays usable on narrow screens: it scrolls horizontally inside its own
 * container (focusable, so keyboard users can scroll it too) instead of widening the page.
 */
export function DataTable({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <table className="w-full border-collapse text-left text-sm [&>tbody>tr:last-child>td]:border-b-0">
        {children}
      </table>
    </div>
  );
}

/** A header or body cell: its content and classes added to the table's own. */
type CellProps = { children?: React.ReactNode; className?: string };

export function Th({ children, className = "" }: CellProps) {
  return (
    <th
      scope="col"
      className={`border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400 ${className}`}
    >
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: CellProps) {
  return (
    <td
      className={`border-b border-zinc-100 px-3 py-2 align-top dark:border-zinc-800 ${className}`}
    >
      {children}
    </td>
  );
}

/** The row shown when a filtered list is empty. */
export function EmptyRow({ colSpan, children }: { colSpan: number; children: React.ReactNode }) {
  return (
    <tr>
      <td
        colSpan={colSpan}
        className="px-3 py-8 text-center text-sm text-zinc-500 dark:text-zinc-400"
      >
        {children}
      </td>
    </tr>
  );
}

/** How a ListTable keys its rows: by `rowKey`, which records with an `id` may leave out. */
type RowKey<T> = T extends { id: string }
  ? { rowKey?: (row: T) => string }
  : { rowKey: (row: T) => string };

/**
 * A DataTable of records: a header cell per column, then a row per record (keyed by its `id`
 * unless `rowKey` says otherwise) with the cells `children` renders for it, or the `empty` row
 * when there are none.
 */
export function ListTable<T>({
  label,
  columns,
  rows,
  rowKey,
  empty,
  children,
}: {
  label: string;
  columns: readonly React.ReactNode[];
  rows: readonly T[];
  empty: React.ReactNode;
  children: (row: T) => React.ReactNode;
} & RowKey<T>) {
  const keyOf = rowKey ?? ((row: T) => (row as { id: string }).id);
  return (
    <DataTable label={label}>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <Th key={i}>{column}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <EmptyRow colSpan={columns.length}>{empty}</EmptyRow>
        ) : (
          rows.map((row) => <tr key={keyOf(row)}>{children(row)}</tr>)
        )}
      </tbody>
    </DataTable>
  );
}

/** The link that opens a row's record (a list's first, most-read cell). */
export function RowLink({
  href,
  title,
  className = "",
  children,
}: {
  href: string;
  title?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      title={title}
      className={`font-medium text-brand-700 hover:underline dark:text-brand-100 ${className}`}
    >
      {children}
    </Link>
  );
}

/** An identifier under a row's name: small, muted, monospaced, on its own line. */
export function MonoId({ children, wrap = false }: { children: React.ReactNode; wrap?: boolean }) {
  return (
    <span
      className={`block font-mono text-xs text-zinc-500 dark:text-zinc-400 ${wrap ? "break-all" : "truncate"}`}
    >
      {children}
    </span>
  );
}
