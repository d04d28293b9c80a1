/** What a list shows when it has nothing in it: a title and one sentence of guidance. */
export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 px-6 py-10 text-center dark:border-zinc-700">
      <p className="text-sm font-medium">{title}</p>
      {children ? (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{children}</p>
      ) : null}
    </div>
  );
}
