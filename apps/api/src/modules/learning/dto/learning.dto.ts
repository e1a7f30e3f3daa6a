import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { ACTIVITY_KINDS, COHORT_STATUSES, ENROLMENT_STATUSES, MODALITIES, PROGRESS_STATUSES, QUESTION_KINDS } from '@campus/domain';
import type { ActivityKind, CohortStatus, EnrolmentStatus, Modality, ProgressStatus, QuestionKind } from '@campus/domain';

/** A whole day of study is far below this; the column is an integer of seconds. */
export const MAX_TIME_SPENT_SECONDS = 10_000_000;

export class LearningCourseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

export class LearningCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026 · V1 · A' }) label: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ enum: MODALITIES }) modality: Modality;
  @ApiProperty({ enum: COHORT_STATUSES }) status: CohortStatus;
}

/** The completion rule applied to this person now: what is met and what is still missing. */
export class CompletionCheckDto {
  @ApiProperty({ description: 'Cumple las tres condiciones' }) met: boolean;
  @ApiProperty() activitiesMet: boolean;
  @ApiProperty() scoreMet: boolean;
  @ApiProperty() attendanceMet: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Nota final (0–100); null si el curso no tiene nada calificado' }) finalScore: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Asistencia (%); null si no se exige o no hay sesiones' }) attendanceRate: number | null;
  @ApiProperty() attendanceRequired: boolean;
  @ApiProperty() passingScore: number;
  @ApiProperty() minAttendance: number;
  @ApiProperty() requiredActivities: number;
  @ApiProperty() requiredDone: number;
}

/** One of the participant's enrolments in "Mi aprendizaje". */
export class LearningEnrolmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty({ type: LearningCourseDto }) course: LearningCourseDto;
  @ApiProperty({ type: LearningCohortDto }) cohort: LearningCohortDto;
  @ApiProperty({ description: 'Actividades obligatorias hechas sobre el total (0–100)' }) progressPercent: number;
  @ApiProperty({ type: Number, nullable: true }) finalScore: number | null;
  @ApiProperty({ type: Number, nullable: true }) attendanceRate: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Dónde retomar: la última actividad abierta o la primera sin completar' })
  resumeActivityId: string | null;
  @ApiProperty({ description: 'El reproductor abre el contenido (inscrita, en curso, aprobada o reprobada)' }) canOpen: boolean;
  @ApiProperty({ description: 'Solo consulta: ya aprobó o reprobó' }) readOnly: boolean;
  @ApiProperty({ type: CompletionCheckDto }) completion: CompletionCheckDto;
}

export class OutlineActivityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind: ActivityKind;
  @ApiProperty() title: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: Number, nullable: true }) estimatedMinutes: number | null;
  @ApiProperty({ enum: PROGRESS_STATUSES }) status: ProgressStatus;
  @ApiProperty({ type: Number, nullable: true }) bestScore: number | null;
  @ApiProperty() attemptsUsed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Intentos permitidos (cuestionarios); null: sin límite' }) maxAttempts: number | null;
  @ApiProperty() timeSpentSeconds: number;
}

export class OutlineModuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [OutlineActivityDto] }) activities: OutlineActivityDto[];
}

/** The course player: the cohort's pinned content with this person's progress. */
export class LearningOutlineDto extends LearningEnrolmentDto {
  @ApiProperty({ type: [OutlineModuleDto] }) modules: OutlineModuleDto[];
}

export class ActivityProgressDto {
  @ApiProperty({ format: 'uuid' }) activityId: string;
  @ApiProperty({ enum: PROGRESS_STATUSES }) status: ProgressStatus;
  @ApiProperty() timeSpentSeconds: number;
  @ApiProperty({ type: Object, nullable: true, description: 'Posición dentro de la actividad, tal como la envió el cliente' })
  position: Record<string, unknown> | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
}

export class SavedProgressDto extends ActivityProgressDto {
  @ApiProperty({ enum: ENROLMENT_STATUSES, description: 'Estado de la inscripción tras guardar (p. ej. passed si ya cumple la regla)' })
  enrolmentStatus: EnrolmentStatus;
}

export class LearnerOptionDto {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
}

/** A question as the learner sees it: never which options are correct nor the accepted answers. */
export class LearnerQuestionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: QUESTION_KINDS }) kind: QuestionKind;
  @ApiProperty() prompt: string;
  @ApiProperty() points: number;
  @ApiProperty({ type: [LearnerOptionDto], description: 'Vacío en respuesta corta' }) options: LearnerOptionDto[];
}

export class AttemptSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: number;
  @ApiProperty() score: number;
  @ApiProperty() passed: boolean;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

export class LearnerQuizDto {
  @ApiProperty({ type: [LearnerQuestionDto] }) questions: LearnerQuestionDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'null: sin límite' }) maxAttempts: number | null;
  @ApiProperty() attemptsUsed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null: sin límite' }) attemptsLeft: number | null;
  @ApiProperty({ description: 'Nota mínima del cuestionario (o, si no tiene, la del curso)' }) passingScore: number;
  @ApiProperty({ type: Number, nullable: true }) bestScore: number | null;
  @ApiProperty({ type: [AttemptSummaryDto] }) attempts: AttemptSummaryDto[];
}

export class LearnerFileDto {
  @ApiProperty() name: string;
  @ApiProperty() type: string;
  @ApiProperty() size: number;
}

/** One activity's content for the player. */
export class ActivityContentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind: ActivityKind;
  @ApiProperty() title: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: Number, nullable: true }) estimatedMinutes: number | null;
  @ApiProperty({ description: 'HTML saneado: la página o las indicaciones de la actividad' }) html: string;
  @ApiProperty({ type: String, nullable: true }) videoUrl: string | null;
  @ApiProperty({ type: LearnerFileDto, nullable: true }) file: LearnerFileDto | null;
  @ApiProperty({ type: LearnerQuizDto, nullable: true }) quiz: LearnerQuizDto | null;
  @ApiProperty({ type: ActivityProgressDto }) progress: ActivityProgressDto;
  @ApiProperty({ description: 'Solo consulta: ya aprobó o reprobó' }) readOnly: boolean;
}

export class SaveProgressDto {
  @ApiPropertyOptional({ enum: ['in_progress', 'completed'], description: 'Nunca retrocede: un envío viejo o repetido no deshace uno posterior' })
  @IsOptional() @IsIn(['in_progress', 'completed'])
  status?: 'in_progress' | 'completed';

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_TIME_SPENT_SECONDS, description: 'Tiempo TOTAL en la actividad según el cliente (segundos); se guarda el mayor' })
  @IsOptional() @IsInt() @Min(0) @Max(MAX_TIME_SPENT_SECONDS)
  timeSpentSeconds?: number;

  @ApiPropertyOptional({ type: Object, description: 'Posición dentro de la actividad (p. ej. { "seconds": 120 }), hasta 2000 caracteres en JSON' })
  @IsOptional() @IsObject()
  position?: Record<string, unknown>;
}

export class AnswerDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all')
  questionId: string;

  @ApiPropertyOptional({ type: [String], description: 'Opciones elegidas (opción única, múltiple, verdadero/falso)' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsString({ each: true }) @MaxLength(64, { each: true })
  optionIds?: string[];

  @ApiPropertyOptional({ description: 'Respuesta corta' })
  @IsOptional() @IsString() @MaxLength(500)
  text?: string;

  @ApiPropertyOptional({ description: 'Verdadero/falso' })
  @IsOptional() @IsBoolean()
  value?: boolean;
}

export class SubmitAttemptDto {
  @ApiProperty({ format: 'uuid', description: 'Lo genera el cliente una vez por intento y lo repite al reintentar el envío' })
  @IsUUID('all')
  attemptId: string;

  @ApiProperty({ type: [AnswerDto] })
  @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AnswerDto)
  answers: AnswerDto[];
}

export class QuestionResultDto {
  @ApiProperty({ format: 'uuid' }) questionId: string;
  @ApiProperty() correct: boolean;
  @ApiProperty({ type: String, nullable: true }) feedback: string | null;
}

export class AttemptResultDto {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty() number: number;
  @ApiProperty({ description: '0–100, un decimal' }) score: number;
  @ApiProperty() passed: boolean;
  @ApiProperty() passingScore: number;
  @ApiProperty({ type: [QuestionResultDto] }) questions: QuestionResultDto[];
  @ApiProperty() attemptsUsed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null: sin límite' }) maxAttempts: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'null: sin límite' }) attemptsLeft: number | null;
  @ApiProperty({ type: Number, nullable: true }) bestScore: number | null;
  @ApiProperty({ enum: PROGRESS_STATUSES }) progressStatus: ProgressStatus;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) enrolmentStatus: EnrolmentStatus;
  @ApiProperty({ description: 'El intento ya estaba registrado: es la respuesta a un reenvío' }) replayed: boolean;
}
