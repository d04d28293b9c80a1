import { count, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { totalOf } from "./count";
import { mailOutbox } from "@/db/schema";

export type OutboxSummary = { id: string; createdAt: Date; recipient: string; subject: string };

/** One page of the development outbox, newest first. */
export async function listOutbox(
  page: number,
  pageSize: number,
): Promise<{ rows: OutboxSummary[]; total: number }> {
  const [rows, counted] = await Promise.all([
    db
      .select({
        id: mailOutbox.id,
        createdAt: mailOutbox.createdAt,
        recipient: mailOutbox.recipient,
        subject: mailOutbox.subject,
      })
      .from(mailOutbox)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(mailOutbox),
  ]);
  return { rows, total: totalOf(counted) };
}

export async function findOutboxMessage(id: string) {
  const [row] = await db
    .select({
      id: mailOutbox.id,
      createdAt: mailOutbox.createdAt,
      recipient: mailOutbox.recipient,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.id, id))
    .limit(1);
  return row;
}
