/**
 * A heading with an optional description under it and actions on its right (below it on a
 * narrow screen): the top of a console page (PageHeader) and of a Section.
 */
export function TitleBar({
  heading,
  description,
  actions,
  className,
}: {
  heading: React.ReactNode;
  description?: React.ReactNode;
  actions?: React.ReactNode;
  /** Margin below and gap, which differ between a page and a section. */
  className: string;
}) {
  return (
    <div className={`flex flex-wrap items-start justify-between ${className}`}>
      <div className="min-w-0">
        {heading}
        {description ? (
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</p>
        ) : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
