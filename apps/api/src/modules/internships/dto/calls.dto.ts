import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { CALL_STATUSES } from '@campus/domain';
import type { CallStatus } from '@campus/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class HostUnitCompetencyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ minimum: 1, maximum: 3 }) level: number;
}

export class HostUnitTutorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class HostUnitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() places: number;
  @ApiProperty({ description: 'Plazas ocupadas por asignaciones confirmadas' }) placesTaken: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: [HostUnitCompetencyDto] }) competencies: HostUnitCompetencyDto[];
  @ApiProperty({ type: [HostUnitTutorDto] }) tutors: HostUnitTutorDto[];
}

export class InternshipCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 2026 }) gestion: number;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() requirements: string;
  @ApiProperty({ format: 'date' }) opensOn: string;
  @ApiProperty({ format: 'date' }) closesOn: string;
  @ApiProperty({ enum: CALL_STATUSES }) status: CallStatus;
  @ApiProperty({ description: 'Recibe postulaciones hoy (hora de La Paz)' }) open: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ description: 'Postulaciones recibidas (no retiradas); solo para coordinación, 0 para los demás' }) applicationCount: number;
  @ApiProperty({ type: [HostUnitDto] }) hostUnits: HostUnitDto[];
}

export class HostUnitCompetencyInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all')
  competencyId: string;

  @ApiProperty({ minimum: 1, maximum: 3 }) @IsInt() @Min(1) @Max(3)
  level: number;
}

export class HostUnitInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Unidad existente que se edita; sin id, una nueva' })
  @IsOptional() @IsUUID('all')
  id?: string;

  @ApiProperty({ example: 'Dirección de Catastro' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(4000)
  description?: string;

  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100)
  places: number;

  @ApiProperty({ format: 'date' }) @IsISO8601({ strict: true }) @Length(10, 10)
  startsOn: string;

  @ApiProperty({ format: 'date' }) @IsISO8601({ strict: true }) @Length(10, 10)
  endsOn: string;

  @ApiPropertyOptional({ type: [HostUnitCompetencyInputDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(30, { message: 'Como máximo 30 competencias' }) @ValidateNested({ each: true }) @Type(() => HostUnitCompetencyInputDto)
  competencies?: HostUnitCompetencyInputDto[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Personas activas con el rol de tutor/a' })
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(10, { message: 'Como máximo 10 tutores' }) @IsUUID('all', { each: true })
  tutorIds?: string[];
}

export class CreateInternshipCallDto {
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100)
  gestion: number;

  @ApiProperty({ example: 'Pasantías municipales 2026' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  title: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(10000)
  requirements?: string;

  @ApiProperty({ format: 'date', description: 'Primer día de postulación' }) @IsISO8601({ strict: true }) @Length(10, 10)
  opensOn: string;

  @ApiProperty({ format: 'date', description: 'Último día de postulación' }) @IsISO8601({ strict: true }) @Length(10, 10)
  closesOn: string;

  @ApiPropertyOptional({ type: [HostUnitInputDto], description: 'Unidades que ofrece; al editar, reemplaza la lista completa' })
  @IsOptional() @IsArray() @ArrayMaxSize(50, { message: 'Como máximo 50 unidades' }) @ValidateNested({ each: true }) @Type(() => HostUnitInputDto)
  hostUnits?: HostUnitInputDto[];
}

export class UpdateInternshipCallDto extends PartialType(CreateInternshipCallDto) {}

export class TutorOptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
}
