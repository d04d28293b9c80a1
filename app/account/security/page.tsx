import type { Metadata } from "next";
import { headers } from "next/headers";
import { Badge } from "@/app/_components/ui/badge";
import { PageHeader } from "@/app/_components/ui/console-shell";
import { formatDate } from "@/app/_components/ui/format-date";
import { Section } from "@/app/_components/ui/section";
import { auth } from "@/lib/auth";
import { requireSession } from "@/lib/session";
import { PasskeysPanel } from "./passkeys-panel";
import { TwoFactorPanel } from "./two-factor-panel";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const { user } = await requireSession("/account/security");
  const twoFactorEnabled = Boolean(
    (user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled,
  );
  const rows = await auth.api.listPasskeys({ headers: await headers() });
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
      <PageHeader title="Security" description="Second factors and passkeys for signing in." />
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
    </>
  );
}
