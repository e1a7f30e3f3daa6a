import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import {
  NotificationDto, NotificationPageDto, NotificationQueryDto, OutboxPageDto, OutboxQueryDto, ReadAllResultDto, UnreadCountDto,
} from './dto/notification.dto';
import { InboxService } from './inbox.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(private readonly inbox: InboxService) {}

  @Get('notifications')
  @AnyRole()
  @ApiOkResponse({ type: NotificationPageDto, description: 'Las propias, las más recientes primero' })
  list(@Query() query: NotificationQueryDto, @CurrentUser() viewer: AuthUser): Promise<NotificationPageDto> {
    return this.inbox.list(query, viewer);
  }

  @Get('notifications/unread-count')
  @AnyRole()
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentUser() viewer: AuthUser): Promise<UnreadCountDto> {
    return { count: await this.inbox.unreadCount(viewer) };
  }

  @Post('notifications/read-all')
  @AnyRole()
  @HttpCode(200)
  @ApiOkResponse({ type: ReadAllResultDto })
  readAll(@CurrentUser() viewer: AuthUser): Promise<ReadAllResultDto> {
    return this.inbox.markAllRead(viewer);
  }

  @Post('notifications/:id/read')
  @AnyRole()
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationDto })
  read(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<NotificationDto> {
    return this.inbox.markRead(id, viewer);
  }

  @Get('admin/outbox')
  @Roles('admin')
  @ApiOkResponse({ type: OutboxPageDto, description: 'Correos salientes; sin SMTP_URL quedan pendientes aquí (buzón local)' })
  outbox(@Query() query: OutboxQueryDto, @CurrentUser() viewer: AuthUser): Promise<OutboxPageDto> {
    return this.inbox.outbox(query, viewer);
  }
}
