/**
 * RFC 7662 answers for client_credentials tokens carry `sub` = `client_id`, as the JWT access
 * token of the same grant does (docs/library-facts.md#fact-31). The library leaves `sub` out of
 * the introspection of a token without a user, so a resource server that names its caller by
 * `sub` (Apache mod_oauth2's default `remote_user_claim`) has no one.
 */
export async function withMachineSubject(response: Response): Promise<Response> {
  if (response.status !== 200) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!body?.active || body.sub !== undefined || typeof body.client_id !== "string") {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify({ ...body, sub: body.client_id }), { status: 200, headers });
}
