/** A divided list of entries in a card: sessions, organizations, passkeys. */
export function EntryList({ label, children }: { label?: string; children: React.ReactNode }) {
  return (
    <ul aria-label={label} className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {children}
    </ul>
  );
}

/** One entry: its summary, then its actions (on the right from 640 px). */
export function Entry({ children }: { children: React.ReactNode }) {
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center">
      {children}
    </li>
  );
}

/**
 * An entry's heading with its badges, and the details below. The heading's `labelId` is what
 * the entry's buttons point to with aria-describedby.
 */
export function EntrySummary({
  labelId,
  title,
  badges,
  children,
}: {
  labelId: string;
  title: React.ReactNode;
  badges?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <div className="min-w-0 flex-1 space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={labelId} className="font-medium break-words">
          {title}
        </h3>
        {badges}
      </div>
      {children}
    </div>
  );
}
