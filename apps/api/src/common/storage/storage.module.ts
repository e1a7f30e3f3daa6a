import { Module } from '@nestjs/common';
import { appConfig } from '../../config/configuration';
import type { AppConfig } from '../../config/configuration';
import { LocalStorageService } from './local-storage.service';
import { StorageService } from './storage.service';

/**
 * Provides `StorageService`. Today always the local directory `STORAGE_DIR`; an S3-compatible
 * driver would be chosen here from its own configuration (bucket, endpoint, credentials).
 */
@Module({
  providers: [
    {
      provide: StorageService,
      inject: [appConfig.KEY],
      useFactory: (config: AppConfig): StorageService => new LocalStorageService(config.storageDir),
    },
  ],
  exports: [StorageService],
})
export class StorageModule {}
