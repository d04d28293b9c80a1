import { createTransport, type Transporter } from "nodemailer";
import { db } from "@/db";
import { mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string; html?: string };

const globalForMail = globalThis as { __gatehouseMailer?: Transporter };

/**
 * The one way Gatehouse sends email. With SMTP_URL, through nodemailer; without it, into the
 * outbox table (shown to admins at /admin/outbox) and a log line (with the link in development
 * only), so password reset and verification work on an offline machine.
 */
export async function sendMail(mail: Mail): Promise<void> {
  if (env.SMTP_URL) {
    const transport = (globalForMail.__gatehouseMailer ??= createTransport(env.SMTP_URL));
    await transport.sendMail({ from: env.MAIL_FROM, ...mail });
    return;
  }
  await db.insert(mailOutbox).values({
    recipient: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
  });
  console.info(outboxLogLine(mail, env.NODE_ENV === "production"));
}

/**
 * The log line for a message kept in the outbox. In development the link is the point, so the
 * message is printed; in production a log is read by more people than the recipient, and a
 * live reset or verification link there is an account takeover, so only the fact is logged.
 */
export function outboxLogLine(mail: Pick<Mail, "to" | "subject" | "text">, production: boolean) {
  const head = `[gatehouse] mail to ${mail.to} stored in the admin outbox (no SMTP_URL): ${mail.subject}`;
  return production ? head : `${head}\n${mail.text}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain message with one call-to-action link, as text and as simple HTML. */
export function linkMail(
  to: string,
  subject: string,
  intro: string,
  action: string,
  url: string,
): Mail {
  const text = `${intro}\n\n${action}: ${url}\n\nIf you did not ask for this, you can ignore this email.`;
  const html = `<p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p><p>If you did not ask for this, you can ignore this email.</p>`;
  return { to, subject, text, html };
}

/** Sends `linkMail(...)`: the password-reset and verification messages. */
export const sendLinkMail = (...args: Parameters<typeof linkMail>) => sendMail(linkMail(...args));
