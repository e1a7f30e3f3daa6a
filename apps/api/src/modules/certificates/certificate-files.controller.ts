import { Controller, Get, Header, Inject, Param, ParseUUIDPipe, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CERTIFICATE_MANAGER_ROLES, ROLES } from '@campus/domain';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { publicOrigin } from '../../common/http/public-origin';
import { appConfig } from '../../config/configuration';
import type { AppConfig } from '../../config/configuration';
import { CertificateFilesService } from './certificate-files.service';

const BINARY = { type: 'string', format: 'binary' } as const;

@ApiTags('certificates')
@ApiBearerAuth()
@Controller()
export class CertificateFilesController {
  constructor(
    private readonly files: CertificateFilesService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  /** Any signed-in role may ask; the service answers only the holder, coordinators and admins (others: 404). */
  @Get('certificates/:id/pdf')
  @Roles(...ROLES)
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'El certificado en PDF (A4 apaisado, fuentes incrustadas, QR a la página pública de verificación): su titular, coordinación y administración',
    schema: BINARY,
  })
  @Header('Cache-Control', 'no-store')
  pdf(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser, @Req() request: Request): Promise<StreamableFile> {
    return this.files.pdf(id, viewer, this.origin(request));
  }

  @Get('cohorts/:cohortId/certificates.zip')
  @Roles(...CERTIFICATE_MANAGER_ROLES)
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'ZIP con un PDF por certificado vigente (no reemplazado) de la cohorte: «<serie> <titular>.pdf»', schema: BINARY })
  @Header('Cache-Control', 'no-store')
  zip(@Param('cohortId', ParseUUIDPipe) cohortId: string, @CurrentUser() viewer: AuthUser, @Req() request: Request): Promise<StreamableFile> {
    return this.files.cohortZip(cohortId, viewer, this.origin(request));
  }

  /** Where the QR codes point: PUBLIC_URL when configured, otherwise the address this request came to. */
  private origin(request: Request): string {
    return publicOrigin(this.config.publicUrl, request);
  }
}
