import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, Length } from 'class-validator';
import { COHORT_STATUSES, MAX_CALENDAR_RANGE_DAYS } from '@campus/domain';
import type { CohortStatus } from '@campus/domain';
import { CohortFacilitatorDto } from './cohort.dto';

export class CalendarQueryDto {
  @ApiProperty({ format: 'date', description: 'Primer día (La Paz)' }) @IsISO8601({ strict: true }) @Length(10, 10)
  from: string;

  @ApiProperty({ format: 'date', description: `Último día (La Paz, inclusive); como máximo ${MAX_CALENDAR_RANGE_DAYS} días` })
  @IsISO8601({ strict: true }) @Length(10, 10)
  to: string;

  @ApiPropertyOptional({ description: 'Solo las cohortes que facilito (para coordinadores que también facilitan)' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  mine?: boolean;
}

export class CalendarCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026 · V1 · A' }) label: string;
  @ApiProperty({ enum: COHORT_STATUSES }) status: CohortStatus;
}

export class CalendarCourseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

export class CalendarSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String, description: 'Lugar de la sesión o, si no tiene, el de la cohorte' }) venue: string | null;
  @ApiProperty({ type: CalendarCohortDto }) cohort: CalendarCohortDto;
  @ApiProperty({ type: CalendarCourseDto }) course: CalendarCourseDto;
  @ApiProperty({ type: [CohortFacilitatorDto] }) facilitators: CohortFacilitatorDto[];
  @ApiProperty({ description: 'Se cruza con otra sesión que comparte facilitador/a o lugar' }) conflict: boolean;
}
