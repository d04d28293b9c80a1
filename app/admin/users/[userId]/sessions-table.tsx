import { DataTable, EmptyRow, Td, Th } from "@/app/_components/ui/data-table";
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
    <DataTable label="Sessions">
      <thead>
        <tr>
          <Th>Device</Th>
          <Th>IP address</Th>
          <Th>Signed in</Th>
          <Th>Last seen</Th>
          <Th>Expires</Th>
        </tr>
      </thead>
      <tbody>
        {sessions.length === 0 ? (
          <EmptyRow colSpan={5}>No active sessions.</EmptyRow>
        ) : (
          sessions.map((s) => (
            <tr key={s.id}>
              <Td>
                <span title={s.userAgent ?? undefined}>{shortUserAgent(s.userAgent)}</span>
              </Td>
              <Td className="font-mono text-xs">{s.ipAddress || "—"}</Td>
              <Td className="whitespace-nowrap">{formatDateTime(s.createdAt)}</Td>
              <Td className="whitespace-nowrap">{formatDateTime(s.updatedAt)}</Td>
              <Td className="whitespace-nowrap">{formatDateTime(s.expiresAt)}</Td>
            </tr>
          ))
        )}
      </tbody>
    </DataTable>
  );
}
