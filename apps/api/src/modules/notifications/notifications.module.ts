import { Global, Module } from '@nestjs/common';
import { NotificationsService } from './notifications.service';

/** Global: every feature notifies people inside its own transaction. */
@Global()
@Module({
  providers: [NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
