import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { APPLICATION_STATUSES, DEPARTMENTS, ENDORSEMENT_STATUSES, GENDERS, MAX_PREFERENCES } from '@campus/domain';
import type { ApplicationStatus, EndorsementStatus } from '@campus/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ApplicationPreferenceDto {
  @ApiProperty({ minimum: 1, maximum: MAX_PREFERENCES }) rank: number;
  @ApiProperty({ format: 'uuid' }) hostUnitId: string;
  @ApiProperty() hostUnitName: string;
}

export class ApplicationPersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty() gender: string;
  @ApiProperty({ nullable: true, type: String }) municipalityName: string | null;
  @ApiProperty({ nullable: true, type: String }) department: string | null;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
}

export class InternshipApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() callTitle: string;
  @ApiProperty({ description: 'La convocatoria recibe postulaciones y cambios hoy' }) callOpen: boolean;
  @ApiProperty({ type: ApplicationPersonDto }) applicant: ApplicationPersonDto;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) municipalityId: string | null;
  @ApiProperty() motivation: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ enum: ENDORSEMENT_STATUSES }) endorsement: EndorsementStatus;
  @ApiProperty({ nullable: true, type: String }) endorsedByName: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) endorsedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Motivo de «No avalar»' }) endorsementNote: string | null;
  @ApiProperty({ nullable: true, type: String }) letterFileName: string | null;
  @ApiProperty({ nullable: true, type: Number }) letterFileSize: number | null;
  @ApiProperty({ description: 'Prioridad fijada por coordinación (mayor primero)' }) priority: number;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: [ApplicationPreferenceDto] }) preferences: ApplicationPreferenceDto[];
}

export class CreateApplicationDto {
  @ApiProperty({ description: 'Por qué postula' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000)
  motivation: string;

  @ApiProperty({ type: [String], format: 'uuid', description: `De 1 a ${MAX_PREFERENCES} unidades distintas de la convocatoria, la más deseada primero` })
  @IsArray() @ArrayNotEmpty({ message: 'Elija al menos una unidad' })
  @ArrayMaxSize(MAX_PREFERENCES, { message: `Elija como máximo ${MAX_PREFERENCES} unidades` })
  @IsUUID('all', { each: true })
  preferences: string[];
}

export class UpdateApplicationDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000)
  motivation?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional() @IsArray() @ArrayNotEmpty({ message: 'Elija al menos una unidad' })
  @ArrayMaxSize(MAX_PREFERENCES, { message: `Elija como máximo ${MAX_PREFERENCES} unidades` })
  @IsUUID('all', { each: true })
  preferences?: string[];
}

export class DeclineEndorsementDto {
  @ApiProperty({ description: 'Motivo, que verá la persona' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  reason: string;
}

export class ApplicationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') callId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') municipalityId?: string;
  @ApiPropertyOptional({ enum: DEPARTMENTS }) @IsOptional() @IsIn(DEPARTMENTS) department?: string;
  @ApiPropertyOptional({ enum: GENDERS }) @IsOptional() @IsIn(GENDERS) gender?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Unidad elegida en cualquier preferencia' }) @IsOptional() @IsUUID('all') hostUnitId?: string;
  @ApiPropertyOptional({ enum: ENDORSEMENT_STATUSES }) @IsOptional() @IsIn(ENDORSEMENT_STATUSES) endorsement?: EndorsementStatus;
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES) status?: ApplicationStatus;
}
