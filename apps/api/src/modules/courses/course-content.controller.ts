import {
  Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, StreamableFile, UploadedFile, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags,
} from '@nestjs/swagger';
import { MAX_ACTIVITY_FILE_BYTES } from '@campus/domain';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { attachment } from '../../common/http/attachment';
import { UploadErrorsInterceptor } from '../../common/uploads/upload-errors.interceptor';
import {
  ActivityOrderDto, ContentQueryDto, CourseActivityDto, CourseContentDto, CourseModuleDto, CreateActivityDto, CreateModuleDto,
  ModuleOrderDto, QuizQuestionsDto, UpdateActivityDto, UpdateModuleDto,
} from './dto/course-content.dto';
import { CourseContentService } from './course-content.service';
import type { UploadedActivityFile } from './course-content.service';

/** One file per request, up to the limit; names read as UTF-8 (browsers send them so; multer assumes Latin-1). */
const UPLOAD_OPTIONS = { limits: { fileSize: MAX_ACTIVITY_FILE_BYTES, files: 1 }, defParamCharset: 'utf8' };

@ApiTags('course content')
@ApiBearerAuth()
@Controller()
export class CourseContentController {
  constructor(private readonly service: CourseContentService) {}

  @Get('courses/:id/content')
  @Roles('admin', 'coordinator', 'facilitator')
  @ApiOkResponse({ type: CourseContentDto })
  content(@Param('id', ParseUUIDPipe) id: string, @Query() query: ContentQueryDto, @CurrentUser() viewer: AuthUser): Promise<CourseContentDto> {
    return this.service.content(id, query.versionId, viewer);
  }

  @Post('courses/:id/versions')
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: CourseContentDto, description: 'La nueva versión, copia de la anterior' })
  createVersion(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<CourseContentDto> {
    return this.service.createVersion(id, actor);
  }

  @Post('courses/:id/modules')
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: CourseModuleDto })
  createModule(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateModuleDto, @CurrentUser() actor: AuthUser): Promise<CourseModuleDto> {
    return this.service.createModule(id, dto, actor);
  }

  @Put('courses/:id/modules/order')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: CourseContentDto })
  reorderModules(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ModuleOrderDto, @CurrentUser() actor: AuthUser): Promise<CourseContentDto> {
    return this.service.reorderModules(id, dto, actor);
  }

  @Patch('course-modules/:moduleId')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: CourseModuleDto })
  updateModule(@Param('moduleId', ParseUUIDPipe) moduleId: string, @Body() dto: UpdateModuleDto, @CurrentUser() actor: AuthUser): Promise<CourseModuleDto> {
    return this.service.updateModule(moduleId, dto, actor);
  }

  @Delete('course-modules/:moduleId')
  @Roles('admin', 'coordinator')
  @HttpCode(204)
  @ApiNoContentResponse()
  async deleteModule(@Param('moduleId', ParseUUIDPipe) moduleId: string, @CurrentUser() actor: AuthUser): Promise<void> {
    await this.service.deleteModule(moduleId, actor);
  }

  @Post('course-modules/:moduleId/activities')
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: CourseActivityDto })
  createActivity(@Param('moduleId', ParseUUIDPipe) moduleId: string, @Body() dto: CreateActivityDto, @CurrentUser() actor: AuthUser): Promise<CourseActivityDto> {
    return this.service.createActivity(moduleId, dto, actor);
  }

  @Put('course-modules/:moduleId/activities/order')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: CourseModuleDto })
  reorderActivities(@Param('moduleId', ParseUUIDPipe) moduleId: string, @Body() dto: ActivityOrderDto, @CurrentUser() actor: AuthUser): Promise<CourseModuleDto> {
    return this.service.reorderActivities(moduleId, dto, actor);
  }

  @Patch('course-activities/:id')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: CourseActivityDto })
  updateActivity(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateActivityDto, @CurrentUser() actor: AuthUser): Promise<CourseActivityDto> {
    return this.service.updateActivity(id, dto, actor);
  }

  @Delete('course-activities/:id')
  @Roles('admin', 'coordinator')
  @HttpCode(204)
  @ApiNoContentResponse()
  async deleteActivity(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<void> {
    await this.service.deleteActivity(id, actor);
  }

  @Put('course-activities/:id/questions')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: CourseActivityDto })
  replaceQuestions(@Param('id', ParseUUIDPipe) id: string, @Body() dto: QuizQuestionsDto, @CurrentUser() actor: AuthUser): Promise<CourseActivityDto> {
    return this.service.replaceQuestions(id, dto, actor);
  }

  @Put('course-activities/:id/file')
  @Roles('admin', 'coordinator')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: CourseActivityDto })
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file', UPLOAD_OPTIONS))
  uploadFile(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: UploadedActivityFile | undefined,
    @CurrentUser() actor: AuthUser,
  ): Promise<CourseActivityDto> {
    return this.service.uploadFile(id, file, actor);
  }

  /** Any role may ask; `requireActivityFileAccess` decides (the enrolment workflow extends it to participants). */
  @Get('course-activities/:id/file')
  @AnyRole()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'El archivo, como adjunto', schema: { type: 'string', format: 'binary' } })
  async downloadFile(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    const file = await this.service.downloadFile(id, viewer);
    return new StreamableFile(file.stream, { type: file.type, disposition: attachment(file.name), length: file.size });
  }
}
