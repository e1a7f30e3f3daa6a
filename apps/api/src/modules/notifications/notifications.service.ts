import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

export interface NotificationMessage {
  /** Stable code of what happened (`enrolment.approved`, `enrolment.waitlisted`, …). */
  kind: string;
  /** What the person reads first, in Spanish. */
  title: string;
  body?: string;
  /** SPA path to open (e.g. `/aprendizaje/<enrolmentId>`). */
  link?: string | null;
}

/**
 * In-app notifications, each with an email in the outbox for active accounts. Both are written
 * in the caller's transaction (pass its manager), so a notice exists exactly when the change it
 * tells about committed; the outbox is delivered by the mail dispatcher when SMTP is configured.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async notify(userIds: readonly string[], message: NotificationMessage, manager?: EntityManager): Promise<void> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return;
    const runner = manager ?? this.dataSource.manager;
    await runner.query(
      `WITH created AS (
         INSERT INTO notifications (user_id, kind, title, body, link)
         SELECT u.id, $2, $3, $4, $5 FROM users u WHERE u.id = ANY($1::uuid[])
         RETURNING id, user_id, title, body, link
       )
       INSERT INTO email_outbox (notification_id, to_address, subject, body_text)
       SELECT c.id, u.email, c.title, c.body || CASE WHEN c.link IS NULL THEN '' ELSE E'\n\n' || c.link END
       FROM created c JOIN users u ON u.id = c.user_id
       WHERE u.active`,
      [ids, message.kind, message.title, message.body ?? '', message.link ?? null],
    );
  }
}
