import {
  Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, UploadedFile, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import { UploadErrorsInterceptor } from '../../common/uploads/upload-errors.interceptor';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CreateUserDto, ImportQueryDto, ImportResultDto, SetRolesDto, UpdateUserDto, UserDto, UserPageDto, UserQueryDto } from './dto/user.dto';
import { UsersException, UsersExceptionCode } from './users.exception';
import { UsersService } from './users.service';

const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

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
}
