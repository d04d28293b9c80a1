import * as oidc from "openid-client";

/** Framework-neutral relying-party helpers: RFC 7591 registration and openid-client set-up. */

export type RegisteredClient = {
  client_id: string;
  client_secret?: string;
  client_name?: string;
  scope?: string;
  redirect_uris: string[];
};

/** Metadata of the confidential native test app the suites register unless told otherwise. */
export const testClientMetadata = (redirectUri: string) => ({
  application_type: "native",
  redirect_uris: [redirectUri],
  token_endpoint_auth_method: "client_secret_basic",
  grant_types: ["authorization_code", "refresh_token"],
  scope: "openid profile email offline_access organization",
});

/** The RFC 7591 registration request, with the initial access token when one is given. */
export function postRegistration(
  base: string,
  metadata: Record<string, unknown>,
  token: string | null,
  headers: Record<string, string> = {},
) {
  return fetch(`${base}/api/auth/oauth2/register`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(metadata),
  });
}

/** Registers a client and returns its registration response; throws unless it is 201. */
export async function registerTestClient(
  base: string,
  metadata: Record<string, unknown>,
  token: string | null,
  headers: Record<string, string> = {},
): Promise<RegisteredClient> {
  const res = await postRegistration(base, metadata, token, headers);
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as RegisteredClient;
}

/** openid-client configured from discovery, as any relying party would. */
export async function rpConfig(
  client: Pick<RegisteredClient, "client_id" | "client_secret">,
  base: string,
) {
  const auth = client.client_secret ? oidc.ClientSecretBasic(client.client_secret) : oidc.None();
  return oidc.discovery(new URL(`${base}/api/auth`), client.client_id, undefined, auth, {
    execute: [oidc.allowInsecureRequests],
  });
}
