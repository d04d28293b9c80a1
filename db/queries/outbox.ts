import { count, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { pageOf } from "./page";
import { mailOutbox } from "@/db/schema";

export type OutboxSummary = { id: string; createdAt: Date; recipient: string; subject: string };

/** One page of the development outbox, newest first. */
export async function listOutbox(
  page: number,
  pageSize: number,
): Promise<{ rows: OutboxSummary[]; total: number }> {
  const messages = db
    .select({
      id: mailOutbox.id,
      createdAt: mailOutbox.createdAt,
      recipient: mailOutbox.recipient,
      subject: mailOutbox.subject,
    })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id));
  const counted = db.select({ total: count() }).from(mailOutbox);
  return pageOf(messages.$dynamic(), counted, page, pageSize);
}

export async function findOutboxMessage(id: string) {
  return db.query.mailOutbox.findFirst({
    columns: { id: true, createdAt: true, recipient: true, subject: true, text: true },
    where: eq(mailOutbox.id, id),
  });
}
