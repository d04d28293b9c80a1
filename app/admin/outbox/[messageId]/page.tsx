import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/app/_components/ui/card";
import { findOutboxMessage } from "@/db/queries/outbox";
import { requireAdmin } from "@/lib/session";
import { formatDateTime } from "@/app/_components/ui/format-date";
import { DetailHeader } from "../../_components/detail-header";

export const metadata: Metadata = { title: "Message" };

/** Splits text into plain parts and http(s) links, so links in a message can be followed. */
function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, i) =>
    i % 2 === 1 ? (
      <a
        key={i}
        href={part}
        className="break-all text-brand-600 underline dark:text-brand-100"
        rel="noreferrer"
      >
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function OutboxMessagePage({
  params,
}: {
  params: Promise<{ messageId: string }>;
}) {
  await requireAdmin();
  const { messageId } = await params;
  const message = await findOutboxMessage(messageId);
  if (!message) notFound();
  return (
    <>
      <DetailHeader back={{ href: "/admin/outbox", label: "Outbox" }} title={message.subject} />
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-zinc-500 dark:text-zinc-400">To</dt>
          <dd className="break-all">{message.recipient}</dd>
          <dt className="text-zinc-500 dark:text-zinc-400">Time</dt>
          <dd>{formatDateTime(message.createdAt)}</dd>
        </dl>
        <div className="mt-4 border-t border-zinc-200 pt-4 text-sm leading-relaxed whitespace-pre-wrap dark:border-zinc-800">
          {linkify(message.text)}
        </div>
      </Card>
    </>
  );
}
