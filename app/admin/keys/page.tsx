import type { Metadata } from "next";
import { StatusNotice } from "@/app/_components/ui/status-notice";
import { Badge } from "@/app/_components/ui/badge";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { ListTable, Td } from "@/app/_components/ui/data-table";
import { listSigningKeys } from "@/db/queries/signing-keys";
import { requireAdmin } from "@/lib/session";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { formatAge } from "../_components/format";
import { RotateKeyForm } from "./rotate-key-form";

export const metadata: Metadata = { title: "Signing keys" };

export default async function SigningKeysPage({ searchParams }: PageProps<"/admin/keys">) {
  await requireAdmin();
  const rotated = (await searchParams).rotated === "1";
  const keys = await listSigningKeys();
  const now = new Date();
  const signing = keys.find((k) => !k.expiresAt || k.expiresAt > now);
  return (
    <>
      <PageHeader
        title="Signing keys"
        description="Keys published at /api/auth/jwks. The newest key signs ID tokens and JWT access tokens; older keys stay published so tokens they signed keep verifying."
        actions={<RotateKeyForm />}
      />
      {rotated ? (
        <StatusNotice>A new signing key was created and signs from now on.</StatusNotice>
      ) : null}
      <ListTable
        label="Signing keys"
        columns={["Key ID", "Algorithm", "Age", "Created", "Expires", "Status"]}
        rows={keys}
        rowKey={(k) => k.id}
        empty="No key yet: the first one is created when a token is signed."
      >
        {(k) => (
          <>
            <Td className="font-mono text-xs">{k.id}</Td>
            <Td>
              {k.alg ?? "—"}
              {k.keyType ? (
                <span className="text-zinc-500 dark:text-zinc-400"> ({k.keyType})</span>
              ) : null}
            </Td>
            <Td className="whitespace-nowrap">{formatAge(k.createdAt, now.getTime())}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(k.createdAt)}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(k.expiresAt)}</Td>
            <Td>
              {k.id === signing?.id ? (
                <Badge tone="success">Signing</Badge>
              ) : (
                <Badge>Verification only</Badge>
              )}
            </Td>
          </>
        )}
      </ListTable>
    </>
  );
}
