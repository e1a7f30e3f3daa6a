import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { attachment } from '../../common/http/attachment';
import {
  ActivityContentDto, AttemptResultDto, LearningEnrolmentDto, LearningOutlineDto, SavedProgressDto, SaveProgressDto, SubmitAttemptDto,
} from './dto/learning.dto';
import { LearningService } from './learning.service';

/** "Mi aprendizaje" and the course player: participants, their own enrolments only (learning.access.ts). */
@ApiTags('learning')
@ApiBearerAuth()
@Controller('learning/enrolments')
export class LearningController {
  constructor(private readonly service: LearningService) {}

  @Get()
  @Roles('participant')
  @ApiOkResponse({ type: [LearningEnrolmentDto], description: 'Todas las inscripciones de la persona, en cualquier estado' })
  list(@CurrentUser() viewer: AuthUser): Promise<LearningEnrolmentDto[]> {
    return this.service.list(viewer);
  }

  @Get(':id')
  @Roles('participant')
  @ApiOkResponse({ type: LearningOutlineDto, description: 'Módulos y actividades de la versión de contenido de la cohorte, con el avance' })
  outline(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<LearningOutlineDto> {
    return this.service.outline(viewer, id);
  }

  @Get(':id/activities/:activityId')
  @Roles('participant')
  @ApiOkResponse({ type: ActivityContentDto, description: 'Contenido de la actividad; los cuestionarios sin respuestas correctas' })
  content(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('activityId', ParseUUIDPipe) activityId: string,
    @CurrentUser() viewer: AuthUser,
  ): Promise<ActivityContentDto> {
    return this.service.content(viewer, id, activityId);
  }

  @Get(':id/activities/:activityId/file')
  @Roles('participant')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'El archivo de la actividad, como adjunto', schema: { type: 'string', format: 'binary' } })
  async file(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('activityId', ParseUUIDPipe) activityId: string,
    @CurrentUser() viewer: AuthUser,
  ): Promise<StreamableFile> {
    const file = await this.service.downloadFile(viewer, id, activityId);
    return new StreamableFile(file.stream, { type: file.type, disposition: attachment(file.name), length: file.size });
  }

  @Put(':id/activities/:activityId/progress')
  @Roles('participant')
  @ApiOkResponse({ type: SavedProgressDto, description: 'Idempotente: repetir o reordenar envíos no duplica ni pierde nada' })
  saveProgress(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('activityId', ParseUUIDPipe) activityId: string,
    @Body() dto: SaveProgressDto,
    @CurrentUser() viewer: AuthUser,
  ): Promise<SavedProgressDto> {
    return this.service.saveProgress(viewer, id, activityId, dto);
  }

  @Post(':id/activities/:activityId/attempts')
  @Roles('participant')
  @HttpCode(200)
  @ApiOkResponse({ type: AttemptResultDto, description: 'Idempotente por attemptId: un reenvío devuelve el mismo resultado sin gastar otro intento' })
  submitAttempt(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('activityId', ParseUUIDPipe) activityId: string,
    @Body() dto: SubmitAttemptDto,
    @CurrentUser() viewer: AuthUser,
  ): Promise<AttemptResultDto> {
    return this.service.submitAttempt(viewer, id, activityId, dto);
  }
}
