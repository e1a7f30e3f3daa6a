import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ENROLMENT_ACTION_ROLES } from '@campus/domain';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { UploadErrorsInterceptor } from '../../common/uploads/upload-errors.interceptor';
import {
  BulkEnrolDto, BulkEnrolResultDto, BulkImportQueryDto, EnrolmentDto, EnrolmentPageDto, EnrolmentQueryDto, EnrolmentReasonDto, MyEnrolmentQueryDto,
  WithdrawEnrolmentDto,
} from './dto/enrolment.dto';
import { ENROLMENT_MANAGER_ROLES } from './enrolments.access';
import { EnrolmentsException, EnrolmentsExceptionCode } from './enrolments.exception';
import { EnrolmentsService } from './enrolments.service';

const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

@ApiTags('enrolments')
@ApiBearerAuth()
@Controller()
export class EnrolmentsController {
  constructor(private readonly service: EnrolmentsService) {}

  @Post('cohorts/:cohortId/enrolments')
  @Roles(...ENROLMENT_ACTION_ROLES.request)
  @ApiCreatedResponse({ type: EnrolmentDto, description: 'Solicitud nueva (o de nuevo, tras retirarse)' })
  @ApiOkResponse({ type: EnrolmentDto, description: 'Ya tenía una inscripción en la cohorte: la misma, sin cambios' })
  async request(
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @CurrentUser() viewer: AuthUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EnrolmentDto> {
    const { enrolment, created } = await this.service.request(cohortId, viewer);
    response.status(created ? 201 : 200);
    return enrolment;
  }

  @Get('enrolments')
  @Roles('admin', 'coordinator', 'municipal_liaison', 'facilitator', 'participant')
  @ApiOkResponse({
    type: EnrolmentPageDto,
    description: 'Coordinación: todas; enlace municipal: las de su municipio; facilitación: las de sus cohortes; participante: las suyas',
  })
  list(@Query() query: EnrolmentQueryDto, @CurrentUser() viewer: AuthUser): Promise<EnrolmentPageDto> {
    return this.service.list(query, viewer);
  }

  @Get('enrolments/mine')
  @Roles('participant')
  @ApiOkResponse({ type: [EnrolmentDto] })
  mine(@Query() query: MyEnrolmentQueryDto, @CurrentUser() viewer: AuthUser): Promise<EnrolmentDto[]> {
    return this.service.mine(viewer, query.courseId);
  }

  @Post('enrolments/:id/endorse')
  @Roles(...ENROLMENT_ACTION_ROLES.endorse)
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto })
  endorse(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<EnrolmentDto> {
    return this.service.endorse(id, viewer);
  }

  @Post('enrolments/:id/approve')
  @Roles(...ENROLMENT_ACTION_ROLES.approve)
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto })
  approve(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<EnrolmentDto> {
    return this.service.approve(id, viewer);
  }

  @Post('enrolments/:id/reject')
  @Roles(...ENROLMENT_ACTION_ROLES.reject)
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto })
  reject(@Param('id', ParseUUIDPipe) id: string, @Body() dto: EnrolmentReasonDto, @CurrentUser() viewer: AuthUser): Promise<EnrolmentDto> {
    return this.service.reject(id, dto.reason, viewer);
  }

  @Post('enrolments/:id/withdraw')
  @Roles(...ENROLMENT_ACTION_ROLES.withdraw)
  @HttpCode(200)
  @ApiOkResponse({ type: EnrolmentDto, description: 'Si liberó una plaza, la primera persona de la lista de espera pasa a inscrita' })
  withdraw(@Param('id', ParseUUIDPipe) id: string, @Body() dto: WithdrawEnrolmentDto, @CurrentUser() viewer: AuthUser): Promise<EnrolmentDto> {
    return this.service.withdraw(id, dto.reason || undefined, viewer);
  }

  @Post('cohorts/:cohortId/enrolments/bulk')
  @Roles(...ENROLMENT_MANAGER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: BulkEnrolResultDto, description: 'Todo o nada: 422 con un error por persona si alguna no se puede inscribir' })
  bulk(@Param('cohortId', ParseUUIDPipe) cohortId: string, @Body() dto: BulkEnrolDto, @CurrentUser() viewer: AuthUser): Promise<BulkEnrolResultDto> {
    return this.service.bulkEnrol(cohortId, dto.userIds, viewer);
  }

  @Post('cohorts/:cohortId/enrolments/import')
  @Roles(...ENROLMENT_MANAGER_ROLES)
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: BulkEnrolResultDto, description: 'CSV con columna `correo` o `ci`; todo o nada: 422 con `{line, field, message}` por problema' })
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }))
  import(
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Query() query: BulkImportQueryDto,
    @CurrentUser() viewer: AuthUser,
  ): Promise<BulkEnrolResultDto> {
    if (!file) {
      throw new EnrolmentsException(EnrolmentsExceptionCode.ImportFileMissing, 'Adjunte un archivo CSV', [{ field: 'file', message: 'Es obligatorio' }]);
    }
    return this.service.importCsv(cohortId, file.buffer, query.dryRun, viewer);
  }
}
