import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';
import { ACTIVITY_KINDS, QUESTION_KINDS, videoEmbedUrl } from '@campus/domain';
import type { ActivityKind, QuestionKind } from '@campus/domain';
import { renderMarkdown } from '../course-markdown';
import type { CourseActivity } from '../entities/course-activity.entity';
import type { CourseModule } from '../entities/course-module.entity';
import type { QuizQuestion } from '../entities/quiz-question.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class ContentVersionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: number;
  @ApiProperty({ description: 'Una cohorte la usa: su contenido ya no se puede modificar' }) locked: boolean;
  @ApiProperty() cohortCount: number;
  @ApiProperty({ description: 'Es la última versión (la única que se edita)' }) latest: boolean;
}

export class VersionListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: number;
  @ApiProperty() locked: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class QuestionOptionDto {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
  @ApiProperty() correct: boolean;
}

export class QuizQuestionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() position: number;
  @ApiProperty({ enum: QUESTION_KINDS }) kind: QuestionKind;
  @ApiProperty() prompt: string;
  @ApiProperty({ type: [QuestionOptionDto] }) options: QuestionOptionDto[];
  @ApiProperty({ type: [String] }) acceptedAnswers: string[];
  @ApiProperty() points: number;
  @ApiProperty({ nullable: true, type: String }) feedback: string | null;
}

export class ActivityFileDto {
  @ApiProperty({ example: 'guia-poa.pdf' }) name: string;
  @ApiProperty({ example: 'application/pdf' }) type: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
}

export class CourseActivityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty() position: number;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind: ActivityKind;
  @ApiProperty() title: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ description: 'Markdown' }) body: string;
  @ApiProperty({ description: 'El texto en HTML saneado' }) bodyHtml: string;
  @ApiProperty({ nullable: true, type: String }) videoUrl: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Dirección del reproductor (YouTube, Vimeo)' }) embedUrl: string | null;
  @ApiProperty({ type: ActivityFileDto, nullable: true }) file: ActivityFileDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Intentos permitidos (vacío: sin límite)' }) maxAttempts: number | null;
  @ApiProperty({ nullable: true, type: Number }) passingScore: number | null;
  @ApiProperty({ nullable: true, type: Number }) estimatedMinutes: number | null;
  @ApiProperty({ type: [QuizQuestionDto] }) questions: QuizQuestionDto[];
}

export class CourseModuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [CourseActivityDto] }) activities: CourseActivityDto[];
}

export class CourseContentDto {
  @ApiProperty({ format: 'uuid' }) courseId: string;
  @ApiProperty({ type: ContentVersionDto }) version: ContentVersionDto;
  @ApiProperty({ type: [VersionListItemDto] }) versions: VersionListItemDto[];
  @ApiProperty({ type: [CourseModuleDto] }) modules: CourseModuleDto[];
}

export class ContentQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Por omisión, la última versión' }) @IsOptional() @IsUUID() versionId?: string;
}

export class CreateModuleDto {
  @ApiProperty({ example: 'Módulo 1: Marco normativo' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiPropertyOptional({ description: 'Por omisión: vacío' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(2000) summary?: string;
}

export class UpdateModuleDto extends PartialType(CreateModuleDto) {}

export class ModuleOrderDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Todos los módulos de la versión, en el nuevo orden' })
  @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  moduleIds: string[];
}

export class ActivityOrderDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Todas las actividades del módulo, en el nuevo orden' })
  @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  activityIds: string[];
}

export class CreateActivityDto {
  @ApiProperty({ enum: ACTIVITY_KINDS }) @IsIn(ACTIVITY_KINDS) kind: ActivityKind;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
  @ApiPropertyOptional({ description: 'Por omisión: true' }) @IsOptional() @IsBoolean() required?: boolean;
  @ApiPropertyOptional({ description: 'Markdown: la página, o las indicaciones de un video, archivo o cuestionario (por omisión: vacío)' })
  @IsOptional() @IsString() @MaxLength(100000)
  body?: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Solo videos: dirección https://' })
  @IsOptional() @Transform(emptyToNull)
  @IsString() @MaxLength(2000) @Matches(/^https:\/\/\S+$/i, { message: 'Use una dirección que empiece con https://' })
  videoUrl?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Solo cuestionarios: intentos permitidos (vacío: sin límite)' })
  @IsOptional() @IsInt() @Min(1) @Max(100)
  maxAttempts?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Solo cuestionarios: nota de aprobación (0–100; por omisión, la del curso)' })
  @IsOptional() @IsInt() @Min(0) @Max(100)
  passingScore?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsInt() @Min(1) @Max(10000)
  estimatedMinutes?: number | null;
}

export class UpdateActivityDto extends PartialType(OmitType(CreateActivityDto, ['kind'] as const)) {
  @ApiPropertyOptional({ format: 'uuid', description: 'Mover a otro módulo de la misma versión (al final)' })
  @IsOptional() @IsUUID()
  moduleId?: string;
}

export class QuestionOptionInputDto {
  @ApiPropertyOptional({ description: 'Se conserva si se envía; si no, se asigna uno' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,36}$/, { message: 'No tiene el formato esperado' })
  id?: string;

  @ApiProperty() @Transform(trim) @IsString() @MaxLength(500) text: string;
  @ApiProperty() @IsBoolean() correct: boolean;
}

export class QuestionInputDto {
  @ApiProperty({ enum: QUESTION_KINDS }) @IsIn(QUESTION_KINDS) kind: QuestionKind;
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(2000) prompt: string;

  @ApiPropertyOptional({ type: [QuestionOptionInputDto], description: 'Verdadero/falso: [Verdadero, Falso], marcando la correcta' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => QuestionOptionInputDto)
  options?: QuestionOptionInputDto[];

  @ApiPropertyOptional({ type: [String], description: 'Respuesta corta: respuestas aceptadas (sin distinguir mayúsculas ni tildes)' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(200, { each: true })
  acceptedAnswers?: string[];

  @ApiPropertyOptional({ description: 'Por omisión: 1', minimum: 1, maximum: 100 }) @IsOptional() @IsInt() @Min(1) @Max(100) points?: number;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @Transform(emptyToNull) @IsString() @MaxLength(2000)
  feedback?: string | null;
}

export class QuizQuestionsDto {
  @ApiProperty({ type: [QuestionInputDto] })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => QuestionInputDto)
  questions: QuestionInputDto[];
}

export const toQuestionDto = (q: QuizQuestion): QuizQuestionDto => ({
  id: q.id,
  position: q.position,
  kind: q.kind,
  prompt: q.prompt,
  options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
  acceptedAnswers: q.acceptedAnswers,
  points: q.points,
  feedback: q.feedback,
});

export const toActivityDto = (a: CourseActivity, questions: QuizQuestion[]): CourseActivityDto => ({
  id: a.id,
  moduleId: a.moduleId,
  position: a.position,
  kind: a.kind,
  title: a.title,
  required: a.required,
  body: a.body,
  bodyHtml: renderMarkdown(a.body),
  videoUrl: a.videoUrl,
  embedUrl: a.videoUrl ? videoEmbedUrl(a.videoUrl) : null,
  file: a.fileKey ? { name: a.fileName ?? 'archivo', type: a.fileType ?? 'application/octet-stream', size: a.fileSize ?? 0 } : null,
  maxAttempts: a.maxAttempts,
  passingScore: a.passingScore,
  estimatedMinutes: a.estimatedMinutes,
  questions: questions.map(toQuestionDto),
});

export const toModuleDto = (m: CourseModule, activities: CourseActivityDto[]): CourseModuleDto => ({
  id: m.id,
  position: m.position,
  title: m.title,
  summary: m.summary,
  activities,
});
