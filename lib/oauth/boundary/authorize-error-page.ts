/**
 * A person at the authorization endpoint never reads a JSON error. The provider sends its own
 * refusals to the portal's error page (docs/library-facts.md#fact-19) and our before-hooks do the
 * same (`refuseAtEndpoint`), but a plugin may still answer a navigation with JSON: the metadata
 * document plugin does for a document that fails validation or sits on a refused address
 * (docs/library-facts.md#fact-82). Such a 4xx answer to a top-level navigation (the
 * `Sec-Fetch-Mode: navigate` the provider itself reads) becomes the redirect to `/error` with the
 * same code; scripts keep the JSON.
 */
export async function authorizeErrorAsPage(
  response: Response,
  fetchMode: string | null,
  publicOrigin: string,
): Promise<Response> {
  if (fetchMode !== "navigate" || response.status < 400 || response.status >= 500) return response;
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const { error, error_description: description } = (body ?? {}) as Record<string, unknown>;
  const target = new URL("/error", publicOrigin);
  target.searchParams.set("error", typeof error === "string" ? error : "invalid_request");
  if (typeof description === "string") target.searchParams.set("error_description", description);
  return new Response(null, { status: 302, headers: { location: target.toString() } });
}
