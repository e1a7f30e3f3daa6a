import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { APPLICATION_STATUSES, ENDORSEMENT_STATUSES, GENDERS, PLACEMENT_STATUSES } from '@campus/domain';
import type { ApplicationStatus, EndorsementStatus, Gender, PlacementStatus } from '@campus/domain';

/** Most applications one confirmation may place (a call brings a few dozen). */
export const MAX_CONFIRM_ITEMS = 500;

export class SelectionCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 2026 }) gestion: number;
  @ApiProperty({ enum: ['draft', 'published', 'closed'] }) status: string;
}

export class SelectionTutorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class SelectionUnitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() places: number;
  @ApiProperty({ description: 'Plazas ocupadas por asignaciones no retiradas' }) taken: number;
  @ApiProperty({ description: 'Plazas libres' }) remaining: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: [SelectionTutorDto], description: 'Tutores de la unidad; el primero es el que se asigna por defecto' }) tutors: SelectionTutorDto[];
}

export class SelectionPreferenceDto {
  @ApiProperty({ minimum: 1, maximum: 3 }) rank: number;
  @ApiProperty({ format: 'uuid' }) hostUnitId: string;
  @ApiProperty() hostUnitName: string;
}

export class SelectionPlacementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) hostUnitId: string;
  @ApiProperty() hostUnitName: string;
  @ApiProperty({ enum: PLACEMENT_STATUSES }) status: PlacementStatus;
  @ApiProperty({ nullable: true, type: String }) tutorName: string | null;
}

export class SelectionApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicantId: string;
  @ApiProperty() applicantName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: GENDERS }) gender: Gender;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String }) municipality: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Código del departamento (LP, CB, …)' }) department: string | null;
  @ApiProperty() motivation: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ enum: ENDORSEMENT_STATUSES }) endorsement: EndorsementStatus;
  @ApiProperty({ description: 'Prioridad fijada por la coordinación: mayor elige antes' }) priority: number;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: [SelectionPreferenceDto] }) preferences: SelectionPreferenceDto[];
  @ApiProperty({ type: SelectionPlacementDto, nullable: true }) placement: SelectionPlacementDto | null;
}

export class SelectionDto {
  @ApiProperty({ type: SelectionCallDto }) call: SelectionCallDto;
  @ApiProperty({ type: [SelectionUnitDto] }) units: SelectionUnitDto[];
  @ApiProperty({ type: [SelectionApplicationDto] }) applications: SelectionApplicationDto[];
}

export class SetPriorityDto {
  @ApiProperty({ minimum: -1000, maximum: 1000, description: 'Mayor prioridad elige antes; 0 por defecto' })
  @IsInt({ message: 'La prioridad debe ser un número entero' })
  @Min(-1000, { message: 'La prioridad debe estar entre -1000 y 1000' })
  @Max(1000, { message: 'La prioridad debe estar entre -1000 y 1000' })
  priority: number;
}

export class ProposedAssignmentDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) hostUnitId: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Lugar de la unidad entre las preferencias de la persona (1–3)' }) preferenceRank: number | null;
}

export class ProposalDto {
  @ApiProperty({ type: [ProposedAssignmentDto] }) assignments: ProposedAssignmentDto[];
  @ApiProperty({ type: [String], description: 'Postulaciones sin unidad con plaza entre sus preferencias, en orden de turno' }) unplaced: string[];
  @ApiProperty({ type: [String], description: 'Orden de turno: prioridad y luego llegada' }) order: string[];
}

export class ConfirmAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'Postulación no válida' })
  applicationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'Unidad receptora no válida' })
  hostUnitId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Tutor/a de la unidad; por defecto, el primero de la unidad' })
  @IsOptional()
  @IsUUID('4', { message: 'Tutor/a no válido' })
  tutorId?: string;
}

export class ConfirmPlacementsDto {
  @ApiProperty({ type: [ConfirmAssignmentDto] })
  @IsArray({ message: 'Indique las asignaciones' })
  @ArrayMaxSize(MAX_CONFIRM_ITEMS, { message: `Como máximo ${MAX_CONFIRM_ITEMS} asignaciones a la vez` })
  @ValidateNested({ each: true })
  @Type(() => ConfirmAssignmentDto)
  assignments: ConfirmAssignmentDto[];

  @ApiProperty({ type: [String], description: 'Postulaciones que quedan sin asignación (se les avisa)' })
  @IsArray({ message: 'Indique las postulaciones sin asignación' })
  @ArrayMaxSize(MAX_CONFIRM_ITEMS, { message: `Como máximo ${MAX_CONFIRM_ITEMS} postulaciones a la vez` })
  @ArrayUnique({ message: 'Hay postulaciones repetidas' })
  @IsUUID('4', { each: true, message: 'Postulación no válida' })
  notPlaced: string[];
}

export class ConfirmResultDto {
  @ApiProperty() placed: number;
  @ApiProperty() notPlaced: number;
}
