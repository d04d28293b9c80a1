import type { Metadata } from "next";
import { StatusNotice } from "@/app/_components/ui/status-notice";
import { Badge } from "@/app/_components/ui/badge";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { ListTable, Td } from "@/app/_components/ui/data-table";
import { listSigningKeys } from "@/db/queries/signing-keys";
import { env } from "@/lib/env";
import { requireAdmin } from "@/lib/session";
import { SIGNING_ALG } from "@/lib/signing-key-cache";
import { signingKeyStates, type KeyState } from "@/lib/signing-key-state";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { formatAge } from "../_components/format";
import { RetireKeyForm } from "./retire-key-form";
import { RotateKeyForm } from "./rotate-key-form";

export const metadata: Metadata = { title: "Signing keys" };

const NOTICES = {
  rotated: "A new signing key was created and signs from now on.",
  retired: "The key was retired: it left the JWKS and no longer verifies tokens.",
};

function StateBadge({ state }: { state?: KeyState }) {
  if (state?.state === "signing") return <Badge tone="success">Signing</Badge>;
  if (state?.state === "verification") {
    return (
      <Badge tone="warning">Verification only (until {formatDateTime(state.publishedUntil)})</Badge>
    );
  }
  return <Badge>Retired</Badge>;
}

export default async function SigningKeysPage({ searchParams }: PageProps<"/admin/keys">) {
  await requireAdmin();
  const params = await searchParams;
  const notice =
    params.rotated === "1" ? NOTICES.rotated : params.retired === "1" ? NOTICES.retired : null;
  const keys = await listSigningKeys();
  const now = new Date();
  const states = signingKeyStates(keys, now, env.SIGNING_KEY_GRACE_SECONDS, SIGNING_ALG);
  return (
    <>
      <PageHeader
        title="Signing keys"
        description={`Keys published at /api/auth/jwks. The newest key signs ID tokens and JWT access tokens; after a rotation the previous key stays published for ${formatAge(new Date(0), env.SIGNING_KEY_GRACE_SECONDS * 1000)} (SIGNING_KEY_GRACE_SECONDS) so tokens it signed keep verifying, then it retires.`}
        actions={<RotateKeyForm />}
      />
      {notice ? <StatusNotice>{notice}</StatusNotice> : null}
      <ListTable
        label="Signing keys"
        columns={["Key ID", "Algorithm", "Age", "Created", "Signed until", "State", "Actions"]}
        rows={keys}
        empty="No key yet: the first one is created when a token is signed."
      >
        {(k) => {
          const state = states.get(k.id);
          return (
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
              <Td className="whitespace-nowrap">
                {state?.retiredByHand
                  ? "Retired by an admin"
                  : formatDateTime(state?.stoppedSigningAt)}
              </Td>
              <Td>
                <StateBadge state={state} />
              </Td>
              <Td>{state?.state === "verification" ? <RetireKeyForm keyId={k.id} /> : null}</Td>
            </>
          );
        }}
      </ListTable>
    </>
  );
}
