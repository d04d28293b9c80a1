/** A one-line confirmation at the top of a console page ("… was deleted."), read out politely. */
export function StatusNotice({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="status"
      className="mb-4 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700 dark:bg-brand-500/15 dark:text-brand-100"
    >
      {children}
    </p>
  );
}
