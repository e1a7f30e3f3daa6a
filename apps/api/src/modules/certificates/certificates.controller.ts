import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CERTIFICATE_MANAGER_ROLES, COHORT_CERTIFICATE_READER_ROLES, ROLES } from '@campus/domain';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CertificatesService } from './certificates.service';
import { CertificateBatchDto, CertificateDto, ReissueCertificateDto, RevokeCertificateDto } from './dto/certificate.dto';

@ApiTags('certificates')
@ApiBearerAuth()
@Controller()
export class CertificatesController {
  constructor(private readonly service: CertificatesService) {}

  @Get('certificates/mine')
  @Roles('participant')
  @ApiOkResponse({ type: [CertificateDto], description: 'Los certificados de quien consulta, el más reciente primero' })
  mine(@CurrentUser() viewer: AuthUser): Promise<CertificateDto[]> {
    return this.service.mine(viewer);
  }

  @Get('certificates/:id')
  @Roles(...ROLES)
  @ApiOkResponse({ type: CertificateDto, description: 'Su titular, coordinadores y administradores' })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<CertificateDto> {
    return this.service.get(id, viewer);
  }

  @Post('certificates/:id/revoke')
  @Roles(...CERTIFICATE_MANAGER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: CertificateDto })
  revoke(@Param('id', ParseUUIDPipe) id: string, @Body() dto: RevokeCertificateDto, @CurrentUser() actor: AuthUser): Promise<CertificateDto> {
    return this.service.revoke(id, dto, actor);
  }

  @Post('certificates/:id/reissue')
  @Roles(...CERTIFICATE_MANAGER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: CertificateDto, description: 'El certificado nuevo; el anterior queda reemplazado y apunta a este' })
  reissue(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReissueCertificateDto, @CurrentUser() actor: AuthUser): Promise<CertificateDto> {
    return this.service.reissue(id, dto, actor);
  }

  @Get('cohorts/:cohortId/certificates')
  @Roles(...COHORT_CERTIFICATE_READER_ROLES)
  @ApiOkResponse({ type: [CertificateDto], description: 'Coordinadores y administradores; facilitadores de la cohorte (solo lectura)' })
  forCohort(@Param('cohortId', ParseUUIDPipe) cohortId: string, @CurrentUser() viewer: AuthUser): Promise<CertificateDto[]> {
    return this.service.forCohort(cohortId, viewer);
  }

  @Post('cohorts/:cohortId/certificates/batch')
  @Roles(...CERTIFICATE_MANAGER_ROLES)
  @HttpCode(202)
  @ApiAcceptedResponse({ type: CertificateBatchDto, description: 'Emite en segundo plano los certificados que la cohorte ganó; progreso en GET /api/jobs/{jobId}' })
  batch(@Param('cohortId', ParseUUIDPipe) cohortId: string, @CurrentUser() actor: AuthUser): Promise<CertificateBatchDto> {
    return this.service.startCohortBatch(cohortId, actor);
  }
}
