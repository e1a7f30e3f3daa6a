import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificateFilesController } from './certificate-files.controller';
import { CertificateFilesService } from './certificate-files.service';
import { certificatesConfig } from './certificates.config';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';
import { Certificate } from './entities/certificate.entity';
import { PublicCertificatesController } from './public-certificates.controller';

/**
 * Issuing, states, lists and public verification of certificates. LearningModule imports it (the
 * completion rule issues on pass), so it must never import LearningModule (nor CohortsModule,
 * which does): cohort facts are read with its own queries.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Certificate]), ConfigModule.forFeature(certificatesConfig)],
  controllers: [CertificatesController, PublicCertificatesController, CertificateFilesController],
  providers: [CertificatesService, CertificatesRepository, CertificateFilesService],
  exports: [CertificatesService],
})
export class CertificatesModule {}
