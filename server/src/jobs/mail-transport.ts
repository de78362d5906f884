import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

/** One rendered customer email, as the outbox hands it to a transport. */
export interface OutgoingEmail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

export interface MailTransport {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

function message(email: OutgoingEmail) {
  return {
    from: email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: email.messageId,
    headers: { 'X-ICP-Email-Id': email.id },
  };
}

/** Sends through the SMTP server in `smtpUrl` (`smtp://user:pass@host:587`). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as any);
  return {
    async send(email) {
      await transporter.sendMail(message(email));
    },
    close() {
      transporter.close();
    },
  };
}

/**
 * Writes each email as an `.eml` file in `folder`, for installations without
 * SMTP_URL; the outbox records such an email as sent.
 */
export function folderTransport(folder: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(email) {
      const info = await transporter.sendMail(message(email));
      await fs.mkdir(folder, { recursive: true });
      const file = path.join(folder, `${email.id}.eml`);
      await fs.writeFile(`${file}.tmp`, info.message as Buffer);
      await fs.rename(`${file}.tmp`, file);
    },
    close() {},
  };
}
