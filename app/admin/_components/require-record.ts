import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/session";

/**
 * The record a console detail page shows, read by the id in its route (URL-decoded). Admins only
 * (404 for anyone else, whatever the id), and 404 for an unknown record.
 */
export async function requireRecord<T>(
  id: string,
  read: (id: string) => Promise<T | null | undefined>,
): Promise<T> {
  await requireAdmin();
  const record = await read(decodeURIComponent(id));
  if (!record) notFound();
  return record;
}
