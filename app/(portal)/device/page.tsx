import type { Metadata } from "next";
import { headers } from "next/headers";
import { AuthShell, Card } from "@/app/_components/ui/card";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { FormMessage } from "@/app/_components/form/form-message";
import { auth } from "@/lib/auth";
import { isVerifiedClient } from "@/lib/oauth/client-trust";
import { first } from "@/lib/oauth/flow";
import { SCOPE_CATALOGUE, isKnownScope, parseScope } from "@/lib/oauth/scopes";
import { requireSession } from "@/lib/session";
import { ClientSummary } from "../consent/client-summary";
import { DeviceDecision } from "./device-decision";

export const metadata: Metadata = { title: "Connect a device" };

const sentence = (scope: string) =>
  isKnownScope(scope) ? SCOPE_CATALOGUE[scope].sentence : `Use the “${scope}” permission`;

const UNKNOWN_CODE =
  "This code is not valid or has expired. Check the code shown on your device, or start again there.";

type Review =
  | { state: "none" }
  | { state: "refused"; message: string }
  | { state: "review"; clientId: string; scopes: string[] };

/**
 * Claims the code for the signed-in user (GET /device of the plugin, docs/library-facts.md#fact-26)
 * and says what it is for; only the user who claimed a pending code sees its client and scopes.
 */
async function review(userCode: string | undefined): Promise<Review> {
  if (!userCode) return { state: "none" };
  // Unknown, expired and already redeemed codes read the same: the person re-checks the device.
  const result = await auth.api
    .deviceVerify({ query: { user_code: userCode }, headers: await headers() })
    .catch(() => ({ error: UNKNOWN_CODE }));
  if ("error" in result) return { state: "refused", message: result.error };
  if (result.status !== "pending")
    return { state: "refused", message: "This code has already been used." };
  if (!result.client_id)
    return { state: "refused", message: "This code is being used by another account." };
  return { state: "review", clientId: result.client_id, scopes: parseScope(result.scope) };
}

export default async function DevicePage({ searchParams }: PageProps<"/device">) {
  const userCode = first((await searchParams).user_code)?.trim() || undefined;
  // Anonymous visitors sign in first and come back with their code.
  const session = await requireSession(
    userCode ? `/device?user_code=${encodeURIComponent(userCode)}` : "/device",
  );
  const found = await review(userCode);
  const client =
    found.state === "review"
      ? await auth.api
          .getOAuthClientPublic({ query: { client_id: found.clientId }, headers: await headers() })
          .catch(() => null)
      : null;

  return (
    <AuthShell>
      <Card>
        <h1 className="text-xl font-semibold tracking-tight">Connect a device</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Enter the code shown on your TV, console or command line. Signed in as{" "}
          {session.user.email}.
        </p>
        <form method="get" action="/device" className="mt-6 flex items-end gap-3">
          <div className="flex-1">
            <Field
              label="Code"
              name="user_code"
              defaultValue={userCode}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              className="font-mono tracking-widest uppercase"
              required
            />
          </div>
          <Button type="submit" variant="secondary">
            Continue
          </Button>
        </form>
        {found.state === "refused" ? (
          <div className="mt-4">
            <FormMessage message={found.message} />
          </div>
        ) : null}
        {found.state === "review" && client ? (
          <div className="mt-6 border-t border-zinc-200 pt-6 dark:border-zinc-800">
            <ClientSummary
              name={client.client_name ?? "This application"}
              logoUri={client.logo_uri}
              homepage={client.client_uri}
              terms={client.tos_uri}
              privacy={client.policy_uri}
              verified={await isVerifiedClient(found.clientId)}
            />
            <DeviceDecision
              userCode={userCode!}
              appName={client.client_name ?? "This application"}
              scopes={found.scopes.map(sentence)}
            />
          </div>
        ) : null}
      </Card>
    </AuthShell>
  );
}
