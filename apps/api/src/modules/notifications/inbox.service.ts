import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { appConfig } from '../../config/configuration';
import type { AppConfig } from '../../config/configuration';
import { AuditService } from '../audit/audit.service';
import { NotificationsException, NotificationsExceptionCode } from './notifications.exception';
import type {
  NotificationDto, NotificationPageDto, NotificationQueryDto, OutboxEmailDto, OutboxPageDto, OutboxQueryDto, OutboxStatus, ReadAllResultDto,
} from './dto/notification.dto';

interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read_at: Date | null;
  created_at: Date;
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const toNotificationDto = (row: NotificationRow): NotificationDto => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  readAt: row.read_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
});

const toOutboxDto = (row: OutboxRow): OutboxEmailDto => ({
  id: row.id,
  to: row.to_address,
  subject: row.subject,
  body: row.body_text,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at.toISOString(),
  sentAt: row.sent_at?.toISOString() ?? null,
});

/**
 * Each person's own notifications (nobody reads anyone else's: another person's notification is
 * "not found"), and the email outbox for admins.
 */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async list(query: NotificationQueryDto, viewer: AuthUser): Promise<NotificationPageDto> {
    const unreadOnly = query.unread === true;
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id, kind, title, body, link, read_at, created_at FROM notifications
        WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
        ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
      [viewer.id, unreadOnly, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const [counts] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notifications WHERE user_id = $1`,
      [viewer.id],
    );
    return {
      items: rows.map(toNotificationDto),
      total: unreadOnly ? counts.unread : counts.total,
      page: query.page,
      pageSize: query.pageSize,
      unread: counts.unread,
    };
  }

  async unreadCount(viewer: AuthUser): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [viewer.id]);
    return row.n;
  }

  /** Marks one of the viewer's notifications as read (again: harmless, keeps the first time). */
  async markRead(id: string, viewer: AuthUser): Promise<NotificationDto> {
    const [rows] = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2
       RETURNING id, kind, title, body, link, read_at, created_at`,
      [id, viewer.id],
    );
    const row = (rows as NotificationRow[])[0];
    if (!row) throw new NotificationsException(NotificationsExceptionCode.NotFound, 'Notificación no encontrada');
    return toNotificationDto(row);
  }

  async markAllRead(viewer: AuthUser): Promise<ReadAllResultDto> {
    const [, updated] = await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [viewer.id]);
    return { updated: Number(updated) };
  }

  /**
   * The email outbox, newest first: what was (or, without SMTP, would have been) mailed. Reading
   * other people's email is a privileged read: each page shown is audited with the ids of the
   * emails on it (not their addresses or contents).
   */
  async outbox(query: OutboxQueryDto, viewer: AuthUser): Promise<OutboxPageDto> {
    const status = query.status ?? null;
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT id, to_address, subject, body_text, status, attempts, last_error, created_at, sent_at FROM email_outbox
        WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [status, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM email_outbox WHERE ($1::text IS NULL OR status = $1)`, [status]);
    await this.audit.record({
      actorId: viewer.id, action: 'notifications.outbox_read', entityType: 'email_outbox',
      after: { status, page: query.page, pageSize: query.pageSize, total, emailIds: rows.map((row) => row.id) },
    });
    return { items: rows.map(toOutboxDto), total, page: query.page, pageSize: query.pageSize, smtpConfigured: this.config.smtpUrl !== null };
  }
}
