import { ListTable, Td } from "@/app/_components/ui/data-table";
import type { AuditRow } from "@/db/queries/audit";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { shortUserAgent } from "./format";

function Who({ label, id }: { label: string | null; id: string | null }) {
  if (!label && !id) return <span className="text-zinc-400">—</span>;
  return (
    <span className="block max-w-56 truncate" title={id ?? undefined}>
      {label ?? id}
    </span>
  );
}

const COLUMNS = ["Time", "Event", "Actor", "Target", "IP address", "User agent", "Details"];

/** Audit events as a table; `compact` drops the request columns (overview). */
export function AuditTable({ rows, compact = false }: { rows: AuditRow[]; compact?: boolean }) {
  return (
    <ListTable
      label="Audit events"
      columns={compact ? COLUMNS.slice(0, 4) : COLUMNS}
      rows={rows}
      empty="No events match."
    >
      {(row) => (
        <>
          <Td className="whitespace-nowrap text-zinc-600 dark:text-zinc-400">
            {formatDateTime(row.createdAt)}
          </Td>
          <Td className="font-mono text-xs whitespace-nowrap">{row.type}</Td>
          <Td>
            <Who label={row.actorLabel} id={row.actorId} />
          </Td>
          <Td>
            {row.targetType ? (
              <span className="text-xs text-zinc-500 dark:text-zinc-400">{row.targetType} </span>
            ) : null}
            <Who label={row.targetLabel} id={row.targetId} />
          </Td>
          {compact ? null : (
            <>
              <Td className="font-mono text-xs">{row.ipAddress ?? "—"}</Td>
              <Td className="text-xs">
                <span title={row.userAgent ?? undefined}>{shortUserAgent(row.userAgent)}</span>
              </Td>
              <Td className="max-w-72 font-mono text-xs break-all">
                {row.details ? JSON.stringify(row.details) : "—"}
              </Td>
            </>
          )}
        </>
      )}
    </ListTable>
  );
}
