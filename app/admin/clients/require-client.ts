import "server-only";
import { notFound } from "next/navigation";
import { getClientDetails } from "@/db/queries/clients";
import { requireAdmin } from "@/lib/session";

/**
 * The client a `[clientId]` layout or page shows. Admins only (404 for anyone else, whatever the
 * id), and 404 for an unknown client.
 */
export async function requireClient(params: Promise<{ clientId: string }>) {
  await requireAdmin();
  const { clientId } = await params;
  const client = await getClientDetails(decodeURIComponent(clientId));
  if (!client) notFound();
  return client;
}
