import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { appConfig } from '../../config/configuration';
import type { AppConfig } from '../../config/configuration';

/** How a message leaves: nodemailer's SMTP transport, or another one in tests (jsonTransport). */
export type MailTransport = Pick<Transporter, 'sendMail'>;

/** Attempts before an email is marked failed. */
export const MAX_MAIL_ATTEMPTS = 5;
const BATCH_SIZE = 20;
const POLL_MS = 15_000;

interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  attempts: number;
}

/** Relative SPA links (a line such as `/aprendizaje`) made absolute with the campus's public address. */
export const absoluteLinks = (text: string, origin: string): string =>
  text.replace(/^\/(\S*)$/gm, (_line, path: string) => `${origin.replace(/\/+$/, '')}/${path}`);

/**
 * Sends the email outbox when SMTP is configured. Pending rows are claimed with
 * `FOR UPDATE SKIP LOCKED` inside a transaction that also marks them, so with several replicas
 * each email is sent by exactly one of them; a failure counts an attempt and, after
 * MAX_MAIL_ATTEMPTS, marks the email failed. Without SMTP_URL nothing runs: the rows stay in the
 * outbox, which admins read at /admin/correos.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDispatcher.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private transport: MailTransport | null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /** Replaces the transport (tests use nodemailer's jsonTransport). */
  useTransport(transport: MailTransport | null): void {
    this.transport = transport;
  }

  onApplicationBootstrap(): void {
    if (!this.transport) return;
    this.timer = setInterval(() => void this.tick(), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Sends one batch of pending emails; returns how many were sent. */
  async dispatch(limit = BATCH_SIZE): Promise<{ sent: number; failed: number }> {
    const transport = this.transport;
    if (!transport) return { sent: 0, failed: 0 };
    const origin = this.config.publicUrl ?? '';
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(
        `SELECT id, to_address, subject, body_text, attempts FROM email_outbox
          WHERE status = 'pending' ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      let sent = 0;
      let failed = 0;
      for (const row of rows) {
        try {
          await transport.sendMail({ from: this.config.mailFrom, to: row.to_address, subject: row.subject, text: absoluteLinks(row.body_text, origin) });
          await manager.query(`UPDATE email_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [row.id]);
          sent += 1;
        } catch (error) {
          const giveUp = row.attempts + 1 >= MAX_MAIL_ATTEMPTS;
          await manager.query(`UPDATE email_outbox SET attempts = attempts + 1, last_error = $2, status = $3 WHERE id = $1`, [
            row.id,
            String((error as Error).message ?? error).slice(0, 1000),
            giveUp ? 'failed' : 'pending',
          ]);
          if (giveUp) failed += 1;
        }
      }
      return { sent, failed };
    });
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.dispatch()
      .catch((error: unknown) => this.logger.error(`No se pudo enviar el buzón de correo: ${(error as Error).message}`))
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }
}
