import { Global, Module } from '@nestjs/common';
import { InboxService } from './inbox.service';
import { MailDispatcher } from './mail-dispatcher.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Global: every feature notifies people inside its own transaction. */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, InboxService, MailDispatcher],
  exports: [NotificationsService],
})
export class NotificationsModule {}
