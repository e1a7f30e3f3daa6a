import { ApiProperty } from '@nestjs/swagger';
import { DEPARTMENTS } from '@campus/domain';
import type { Department } from '@campus/domain';
import { ReportScopeDto } from './dashboard.dto';

/** The filter choices of the dashboard, within the viewer's scope. */

export class DepartmentOptionDto {
  @ApiProperty({ enum: DEPARTMENTS }) code: Department;
  @ApiProperty() name: string;
}

export class MunicipalityOptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: DEPARTMENTS, nullable: true }) department: Department | null;
}

export class AreaOptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class CourseOptionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) areaId: string;
}

export class ReportPeriodDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
}

export class ReportOptionsDto {
  @ApiProperty({ type: ReportScopeDto }) scope: ReportScopeDto;
  @ApiProperty({ type: [DepartmentOptionDto] }) departments: DepartmentOptionDto[];
  @ApiProperty({ type: [MunicipalityOptionDto], description: 'Solo los del alcance de quien consulta' }) municipalities: MunicipalityOptionDto[];
  @ApiProperty({ type: [AreaOptionDto], description: 'Áreas del marco de competencias' }) areas: AreaOptionDto[];
  @ApiProperty({ type: [CourseOptionDto], description: 'Cursos publicados o archivados' }) courses: CourseOptionDto[];
  @ApiProperty({ type: [String], example: ['5.5', '16.6'] }) sdgTargets: string[];
  @ApiProperty({ type: ReportPeriodDto, description: 'La gestión en curso hasta hoy (La Paz)' }) defaultPeriod: ReportPeriodDto;
}
