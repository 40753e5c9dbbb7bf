// Where emails go: an SMTP server (SMTP_URL), or in development a folder of .eml files to open in any mail
// program. Tests and a production server without SMTP_URL send none.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per triggering event, so a mail program can tell a resend after a crash from a new email. */
  messageId: string;
  attachments?: Array<{ filename: string; content: Buffer; cid: string; contentType: string }>;
}

export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export type MailerConfig = { from: string } & ({ smtpUrl: string } | { folder: string });

/** How long one SMTP conversation may take: the email reactor treats an older unsent claim as abandoned. */
export const SMTP_TIMEOUT_MS = 20_000;

export function openMailer(config: MailerConfig): Mailer {
  if ("smtpUrl" in config) {
    const transport = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS });
    return {
      send: async (email) => void (await transport.sendMail({ from: config.from, ...email })),
      close: () => transport.close(),
    };
  }
  mkdirSync(config.folder, { recursive: true });
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    async send(email) {
      const info = await transport.sendMail({ from: config.from, ...email });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${email.messageId.replace(/[^A-Za-z0-9.-]/g, "")}.eml`;
      writeFileSync(path.join(config.folder, name), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}
