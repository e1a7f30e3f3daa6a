import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialsController } from './credentials.controller';
import { CredentialsRepository } from './credentials.repository';
import { CredentialsService } from './credentials.service';
import { SigningKey } from './entities/signing-key.entity';
import { SigningKeysService } from './signing-keys.service';

/** Open Badges 3.0 credentials of the certificates, the issuer profile and the revocation status list. */
@Module({
  imports: [TypeOrmModule.forFeature([SigningKey])],
  controllers: [CredentialsController],
  providers: [CredentialsService, CredentialsRepository, SigningKeysService],
  exports: [CredentialsService],
})
export class CredentialsModule {}
