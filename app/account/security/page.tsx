import type { Metadata } from "next";
import { headers } from "next/headers";
import { Badge } from "@/app/_components/ui/badge";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { formatDate } from "@/app/_components/ui/format-date";
import { Section } from "@/app/_components/ui/section";
import { listLinkedIdentities, listSignInProviders } from "@/db/queries/identity-providers";
import { auth } from "@/lib/auth";
import { providerErrorMessage } from "@/lib/identity-providers/messages";
import { requireSession } from "@/lib/session";
import { IdentitiesPanel } from "./identities-panel";
import { PasskeysPanel } from "./passkeys-panel";
import { TwoFactorPanel } from "./two-factor-panel";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage({ searchParams }: PageProps<"/account/security">) {
  const { user } = await requireSession("/account/security");
  const { linked: justLinked, error } = await searchParams;
  const twoFactorEnabled = Boolean(
    (user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled,
  );
  const [rows, identities, providers] = await Promise.all([
    auth.api.listPasskeys({ headers: await headers() }),
    listLinkedIdentities(user.id),
    listSignInProviders(),
  ]);
  const linkedIds = new Set(identities.map((i) => i.providerId));
  const failure = providerErrorMessage(typeof error === "string" ? error : undefined);
  // Only what the page shows: never the public key or the credential id.
  const passkeys = rows.map((p) => ({
    id: p.id,
    name: p.name || "Unnamed passkey",
    created: formatDate(p.createdAt),
    deviceType: p.deviceType,
    backedUp: p.backedUp,
  }));

  return (
    <>
      <PageHeader
        title="Security"
        description="Second factors, passkeys and linked identities for signing in."
      />
      <Section
        id="two-factor"
        title="Two-factor authentication"
        description="Ask for a code from an authenticator app after your password."
        actions={
          twoFactorEnabled ? <Badge tone="success">On</Badge> : <Badge tone="warning">Off</Badge>
        }
      >
        <TwoFactorPanel enabled={twoFactorEnabled} />
      </Section>
      <Section id="passkeys" title="Passkeys" description="Sign in without a password.">
        <PasskeysPanel passkeys={passkeys} />
      </Section>
      <Section
        id="identities"
        title="Linked identities"
        description="Identity providers you can sign in with. Your last way to sign in cannot be unlinked."
      >
        <IdentitiesPanel
          linked={identities.map((i) => ({
            id: i.id,
            name: i.name,
            since: formatDate(i.createdAt),
          }))}
          linkable={providers.filter((p) => !linkedIds.has(p.providerId))}
          notice={
            failure
              ? { text: failure, ok: false }
              : justLinked
                ? { text: "The identity is linked to your account.", ok: true }
                : undefined
          }
        />
      </Section>
    </>
  );
}
