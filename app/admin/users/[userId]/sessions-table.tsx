import { ListTable, Td } from "@/app/_components/ui/data-table";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { shortUserAgent } from "../../_components/format";

export type SessionSummary = {
  id: string;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
};

/** A user's sessions: device, IP, last seen. Tokens are never passed in. */
export function SessionsTable({ sessions }: { sessions: SessionSummary[] }) {
  return (
    <ListTable
      label="Sessions"
      columns={["Device", "IP address", "Signed in", "Last seen", "Expires"]}
      rows={sessions}
      empty="No active sessions."
    >
      {(s) => (
        <>
          <Td>
            <span title={s.userAgent ?? undefined}>{shortUserAgent(s.userAgent)}</span>
          </Td>
          <Td className="font-mono text-xs">{s.ipAddress || "—"}</Td>
          <Td className="whitespace-nowrap">{formatDateTime(s.createdAt)}</Td>
          <Td className="whitespace-nowrap">{formatDateTime(s.updatedAt)}</Td>
          <Td className="whitespace-nowrap">{formatDateTime(s.expiresAt)}</Td>
        </>
      )}
    </ListTable>
  );
}
