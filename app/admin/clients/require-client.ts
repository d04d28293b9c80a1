import "server-only";
import { getClientDetails } from "@/db/queries/clients";
import { requireRecord } from "../_components/require-record";

/**
 * The client a `[clientId]` layout or page shows. Admins only (404 for anyone else, whatever the
 * id), and 404 for an unknown client.
 */
export async function requireClient(params: Promise<{ clientId: string }>) {
  return requireRecord((await params).clientId, getClientDetails);
}
