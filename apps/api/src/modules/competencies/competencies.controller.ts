import { Body, Controller, Get, Header, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Query, Req, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CasePackage } from '@campus/domain';
import { AnyRole, CurrentUser, Public, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { UploadErrorsInterceptor } from '../../common/uploads/upload-errors.interceptor';
import { appConfig } from '../../config/configuration';
import type { AppConfig } from '../../config/configuration';
import {
  CompetencyImportQueryDto, CompetencyImportResultDto, CompetencyItemDto, CompetencyQueryDto, CreateCompetencyItemDto, UpdateCompetencyItemDto,
} from './dto/competency.dto';
import { CompetenciesException, CompetenciesExceptionCode } from './competencies.exception';
import { CompetenciesService } from './competencies.service';
import { publicOrigin } from '../../common/http/public-origin';

const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The competency framework. Everyone signed in reads it (catalogue filters, course editor,
 * profiles); coordinators and admins edit, retire, restore and import it.
 */
@ApiTags('competencies')
@ApiBearerAuth()
@Controller('competencies')
export class CompetenciesController {
  constructor(
    private readonly service: CompetenciesService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: [CompetencyItemDto], description: 'En orden de árbol: cada área, sus sub-áreas y las competencias de cada una' })
  list(@Query() query: CompetencyQueryDto): Promise<CompetencyItemDto[]> {
    return this.service.list(query.includeRetired);
  }

  @Get('export.csv')
  @AnyRole()
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV (UTF-8 con BOM, `;`), retirados incluidos: tipo;codigo;codigo_padre;nombre;descripcion;orden;retirado_el — tipo: area, subarea o competencia; retirado_el: AAAA-MM-DD',
    schema: { type: 'string' },
  })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="marco-competencias.csv"')
  @Header('Cache-Control', 'no-store')
  exportCsv(@CurrentUser() actor: AuthUser): Promise<string> {
    return this.service.exportCsv(actor);
  }

  @Get('export.case.json')
  @AnyRole()
  @ApiOkResponse({ description: 'Paquete 1EdTech CASE 1.0: CFDocument, CFItems, CFAssociations (isChildOf), CFDefinitions y la escala de dominio como CFRubric', schema: { type: 'object' } })
  @Header('Content-Disposition', 'attachment; filename="marco-competencias.case.json"')
  @Header('Cache-Control', 'no-store')
  exportCase(@Req() request: Request, @CurrentUser() actor: AuthUser): Promise<CasePackage> {
    return this.service.exportCase(this.origin(request), actor);
  }

  /**
   * The CASE package's URIs resolve here, without a session, so other systems (and people) can
   * follow them: the framework is public knowledge, and no person appears in it.
   */
  @Get('case/:identifier')
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOkResponse({ description: 'El objeto CASE (CFDocument, CFItem, CFAssociation, CFItemType o CFRubric) con ese identificador', schema: { type: 'object' } })
  async resolveCase(@Param('identifier', ParseUUIDPipe) identifier: string, @Req() request: Request): Promise<object> {
    const found = await this.service.resolveCase(identifier, this.origin(request));
    if (!found) throw new CompetenciesException(CompetenciesExceptionCode.NotFound, 'No hay ningún elemento CASE con ese identificador');
    return found;
  }

  @Post('import')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: CompetencyImportResultDto })
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }))
  import(
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Query() query: CompetencyImportQueryDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<CompetencyImportResultDto> {
    if (!file) {
      throw new CompetenciesException(CompetenciesExceptionCode.ImportFileMissing, 'Adjunte un archivo CSV o CASE (JSON)', [
        { field: 'file', message: 'Es obligatorio' },
      ]);
    }
    return this.service.importFramework(file.buffer, query.format, query.dryRun, actor);
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: CompetencyItemDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CompetencyItemDto> {
    return this.service.get(id);
  }

  @Post()
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: CompetencyItemDto })
  create(@Body() dto: CreateCompetencyItemDto, @CurrentUser() actor: AuthUser): Promise<CompetencyItemDto> {
    return this.service.create(dto, actor);
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: CompetencyItemDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCompetencyItemDto, @CurrentUser() actor: AuthUser): Promise<CompetencyItemDto> {
    return this.service.update(id, dto, actor);
  }

  @Post(':id/retire')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: CompetencyItemDto, description: 'Retira el elemento y sus descendientes activos' })
  retire(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<CompetencyItemDto> {
    return this.service.retire(id, actor);
  }

  @Post(':id/restore')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: CompetencyItemDto, description: 'Restaura el elemento y los descendientes retirados junto con él' })
  restore(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<CompetencyItemDto> {
    return this.service.restore(id, actor);
  }

  /** Where CASE URIs point: PUBLIC_URL when configured, otherwise the address this request came to. */
  private origin(request: Request): string {
    return publicOrigin(this.config.publicUrl, request);
  }
}
