import { Badge } from "@/app/_components/ui/badge";
import { ListTable, MonoId, RowLink, Td } from "@/app/_components/ui/data-table";
import type { ConsentRow } from "@/db/queries/consent-list";
import { ActionButton } from "../_components/action-button";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { revokeConsent } from "./actions";

/** Consents with a Revoke button each; `returnTo` is where a revoke lands afterwards. */
export function ConsentsTable({
  rows,
  returnTo,
  showUser = true,
  showClient = true,
  emptyText = "No consents match.",
}: {
  rows: ConsentRow[];
  returnTo: string;
  showUser?: boolean;
  showClient?: boolean;
  emptyText?: string;
}) {
  const columns = [
    ...(showUser ? ["User"] : []),
    ...(showClient ? ["Client"] : []),
    "Organization",
    "Scopes",
    "Granted",
    <span key="actions" className="sr-only">
      Actions
    </span>,
  ];
  return (
    <ListTable label="Consents" columns={columns} rows={rows} empty={emptyText}>
      {(c) => (
        <>
          {showUser ? (
            <Td>
              {c.userId ? (
                <RowLink
                  href={`/admin/users/${c.userId}`}
                  className="block max-w-56 truncate"
                  title={c.userEmail ?? undefined}
                >
                  {c.userEmail ?? c.userId}
                </RowLink>
              ) : (
                "—"
              )}
            </Td>
          ) : null}
          {showClient ? (
            <Td>
              <span className="font-medium">{c.clientName ?? "Unnamed client"}</span>
              <MonoId wrap>{c.clientId}</MonoId>
            </Td>
          ) : null}
          <Td>{c.organizationName ?? <span className="text-zinc-400">—</span>}</Td>
          <Td>
            <span className="flex min-w-32 max-w-64 flex-wrap gap-1">
              {c.scopes.map((s) => (
                <Badge key={s}>{s}</Badge>
              ))}
            </span>
          </Td>
          <Td className="whitespace-nowrap">{formatDateTime(c.createdAt)}</Td>
          <Td>
            {c.userId ? (
              <ActionButton
                action={revokeConsent}
                fields={{ userId: c.userId, clientId: c.clientId, returnTo }}
                label="Revoke"
                accessibleName={`Revoke ${c.userEmail ?? c.userId}`}
                variant="danger"
              />
            ) : null}
          </Td>
        </>
      )}
    </ListTable>
  );
}
