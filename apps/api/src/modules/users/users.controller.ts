import {
  Body, Controller, Get, Header, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req, Res, UploadedFile, UseInterceptors,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { UploadErrorsInterceptor } from '../../common/uploads/upload-errors.interceptor';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CreateUserDto, ImportQueryDto, ImportResultDto, SetRolesDto, UpdateUserDto, UserDto, UserPageDto, UserQueryDto } from './dto/user.dto';
import { appConfig } from '../../config/configuration';
import type { AppConfig } from '../../config/configuration';
import { ActivationService } from './activation.service';
import { ActivationLinkDto, ActivationLinksQueryDto } from './dto/activation.dto';
import { UsersException, UsersExceptionCode } from './users.exception';
import { UsersService } from './users.service';
import { publicOrigin } from '../../common/http/public-origin';

const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly activation: ActivationService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles('admin', 'coordinator', 'manager', 'municipal_liaison')
  @ApiOkResponse({ type: UserPageDto })
  list(@Query() query: UserQueryDto, @CurrentUser() viewer: AuthUser): Promise<UserPageDto> {
    return this.users.list(query, viewer);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: UserDto })
  create(@Body() dto: CreateUserDto, @CurrentUser() actor: AuthUser): Promise<UserDto> {
    return this.users.create(dto, actor);
  }

  @Post('import')
  @Roles('admin')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: ImportResultDto })
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } }))
  import(
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Query() query: ImportQueryDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<ImportResultDto> {
    if (!file) {
      throw new UsersException(UsersExceptionCode.ImportFileMissing, 'Adjunte un archivo CSV', [{ field: 'file', message: 'Es obligatorio' }]);
    }
    return this.users.importOfficials(file.buffer, query.dryRun, actor);
  }

  @Post('activation-links')
  @Roles('admin')
  @HttpCode(200)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV (UTF-8 con BOM, `;`): correo;nombres;apellidos;municipio;enlace;vence', schema: { type: 'string' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="enlaces-activacion.csv"')
  @Header('Cache-Control', 'no-store')
  async activationLinks(@Body() dto: ActivationLinksQueryDto, @CurrentUser() actor: AuthUser, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { csv, count } = await this.activation.issueLinksCsv(this.origin(request), actor, dto.municipalityId);
    response.setHeader('X-Total-Count', String(count));
    return csv;
  }

  @Post(':id/activation-link')
  @Roles('admin')
  @ApiCreatedResponse({ type: ActivationLinkDto })
  activationLink(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser, @Req() request: Request): Promise<ActivationLinkDto> {
    return this.activation.issueLink(id, this.origin(request), actor);
  }

  @Get(':id')
  @Roles('admin', 'coordinator', 'manager', 'municipal_liaison')
  @ApiOkResponse({ type: UserDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<UserDto> {
    return this.users.get(id, viewer);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: UserDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: AuthUser): Promise<UserDto> {
    return this.users.update(id, dto, actor);
  }

  @Put(':id/roles')
  @Roles('admin')
  @ApiOkResponse({ type: UserDto })
  setRoles(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SetRolesDto, @CurrentUser() actor: AuthUser): Promise<UserDto> {
    return this.users.setRoles(id, dto, actor);
  }

  @Post(':id/deactivate')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  deactivate(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<UserDto> {
    return this.users.setActive(id, false, actor);
  }

  @Post(':id/activate')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  activate(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<UserDto> {
    return this.users.setActive(id, true, actor);
  }

  /** Where links point: PUBLIC_URL when configured, otherwise the address this request came to. */
  private origin(request: Request): string {
    return publicOrigin(this.config.publicUrl, request);
  }
}
