/**
 * Our corrections to the provider's discovery documents (docs/library-facts.md#fact-28 and
 * #fact-29): every advertised value is one the server honours.
 * - `none` is a token endpoint authentication method: registered public clients (token-backed
 *   registration, the console's single-page and native apps) redeem codes without a secret,
 *   but the library lists `none` only with open registration or metadata documents.
 * - `select_account` is not a prompt we answer: without a `selectAccount` page the provider
 *   refuses it with `unsupported_prompt_select_account`.
 * - The `claims` request parameter is honoured only for UserInfo, never for the ID token
 *   (docs/library-facts.md#fact-30), so `claims_parameter_supported` is false.
 */
type Document = Record<string, unknown>;

const WELL_KNOWN = new Set([
  "/.well-known/openid-configuration",
  "/.well-known/oauth-authorization-server",
]);

/** Whether a provider endpoint (e.g. `/.well-known/openid-configuration`) is a discovery document. */
export const isDiscoveryEndpoint = (endpoint: string) => WELL_KNOWN.has(endpoint);

export function correctDiscovery(document: Document): Document {
  const next = { ...document };
  const methods = next.token_endpoint_auth_methods_supported;
  if (Array.isArray(methods) && !methods.includes("none")) {
    next.token_endpoint_auth_methods_supported = ["none", ...methods];
  }
  const prompts = next.prompt_values_supported;
  if (Array.isArray(prompts)) {
    next.prompt_values_supported = prompts.filter((p) => p !== "select_account");
  }
  if ("claims_parameter_supported" in next) next.claims_parameter_supported = false;
  return next;
}

/** The library's discovery response with the corrected document; other answers pass through. */
export async function correctDiscoveryResponse(response: Response): Promise<Response> {
  if (response.status !== 200) return response;
  const document = (await response.json()) as Document;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(correctDiscovery(document)), { status: 200, headers });
}
