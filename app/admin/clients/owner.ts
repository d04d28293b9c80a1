import "server-only";
import { withSessionOf } from "@/lib/system-session";

/**
 * Plugin gap: `/oauth2/client/rotate-secret` and `/oauth2/delete-client` are owner-scoped. An
 * admin owns the "platform" clients (clientReference), but a client a user registered belongs
 * to that user, so for those the console calls the endpoint in a short-lived session of the
 * owner (the admin check has already run in the action).
 */
export function asClientOwner<T>(
  client: { userId: string | null },
  adminHeaders: Headers,
  fn: (headers: Headers) => Promise<T>,
): Promise<T> {
  return client.userId ? withSessionOf(client.userId, fn) : fn(adminHeaders);
}
