import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEPARTMENTS, GENDERS, MODALITIES, REPORT_DIMENSIONS } from '@campus/domain';
import type {
  Breakdown,
  BreakdownRow,
  CoverageHeatmap,
  Department,
  Gender,
  Modality,
  MonthlyTrendRow,
  ReportDimension,
  ReportFigures,
  ReportFilters,
} from '@campus/domain';

/** The dashboard as the API returns it: classes mirroring libs/domain `DashboardReport` for the OpenAPI document. */

export class ReportFiltersDto implements ReportFilters {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiPropertyOptional({ enum: DEPARTMENTS }) department?: Department;
  @ApiPropertyOptional({ format: 'uuid' }) municipalityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) areaId?: string;
  @ApiPropertyOptional({ enum: MODALITIES }) modality?: Modality;
  @ApiPropertyOptional({ format: 'uuid' }) courseId?: string;
  @ApiPropertyOptional({ enum: GENDERS }) gender?: Gender;
  @ApiPropertyOptional({ example: '16.6' }) sdgTarget?: string;
}

export const REPORT_SCOPE_KINDS = ['everyone', 'municipality'] as const;

/** Whose figures: everyone, or a municipal liaison's own municipality (then with its id and name). */
export class ReportScopeDto {
  @ApiProperty({ enum: REPORT_SCOPE_KINDS }) kind: (typeof REPORT_SCOPE_KINDS)[number];
  @ApiPropertyOptional({ format: 'uuid' }) municipalityId?: string;
  @ApiPropertyOptional() municipalityName?: string;
}

export class DashboardFiguresDto implements ReportFigures {
  @ApiProperty({ description: 'Personas distintas con al menos un curso aprobado' }) officialsTrained: number;
  @ApiProperty({ description: 'Inscripciones admitidas en cohortes que empiezan en el periodo' }) enrolments: number;
  @ApiProperty({ description: 'Inscripciones aprobadas' }) completions: number;
  @ApiProperty({ description: 'Aprobaciones / inscripciones (0..1)' }) completionRate: number;
  @ApiProperty({ description: 'Σ carga horaria de los cursos aprobados' }) trainingHours: number;
  @ApiProperty({ description: 'Certificados emitidos en el periodo (no reemplazados)' }) certificatesIssued: number;
  @ApiProperty({ description: 'De ellos, revocados' }) certificatesRevoked: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Pasantías aprobadas con evaluación en el periodo; null con un filtro de curso' })
  internshipsCompleted: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Informes finales con propuesta de mejora entregados en el periodo' })
  proposalsProduced: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'De ellas, implementadas según el último seguimiento' })
  proposalsImplemented: number | null;
}

export class DashboardBreakdownRowDto implements BreakdownRow {
  @ApiProperty({ type: String, nullable: true, description: 'Código estable (género, departamento, id, modalidad, meta ODS); null = no registrado' })
  key: string | null;
  @ApiProperty() label: string;
  @ApiPropertyOptional({ description: 'Alguna cifra se ocultó (<5) para publicar' }) suppressed?: boolean;
  @ApiProperty({ type: Number, nullable: true }) officialsTrained: number | null;
  @ApiProperty({ type: Number, nullable: true }) enrolments: number | null;
  @ApiProperty({ type: Number, nullable: true }) completions: number | null;
  @ApiProperty({ type: Number, nullable: true }) completionRate: number | null;
  @ApiProperty({ type: Number, nullable: true }) trainingHours: number | null;
  @ApiProperty({ type: Number, nullable: true }) certificatesIssued: number | null;
  @ApiProperty({ type: Number, nullable: true }) certificatesRevoked: number | null;
  @ApiProperty({ type: Number, nullable: true }) internshipsCompleted: number | null;
  @ApiProperty({ type: Number, nullable: true }) proposalsProduced: number | null;
  @ApiProperty({ type: Number, nullable: true }) proposalsImplemented: number | null;
}

export class DashboardBreakdownDto implements Breakdown {
  @ApiProperty({ enum: REPORT_DIMENSIONS }) dimension: ReportDimension;
  @ApiProperty({ description: 'Si las filas suman el total (no en metas ODS: un curso atiende varias)' }) additive: boolean;
  @ApiProperty({ type: [DashboardBreakdownRowDto] }) rows: DashboardBreakdownRowDto[];
}

export class HeatmapAreaDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class HeatmapMunicipalityDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) id: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: DEPARTMENTS, nullable: true }) department: Department | null;
}

export class HeatmapCellDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) municipalityId: string | null;
  @ApiProperty({ format: 'uuid' }) areaId: string;
  @ApiProperty() completions: number;
  @ApiProperty() officialsTrained: number;
}

export class CoverageHeatmapDto implements CoverageHeatmap {
  @ApiProperty({ type: [HeatmapAreaDto] }) areas: HeatmapAreaDto[];
  @ApiProperty({ type: [HeatmapMunicipalityDto] }) municipalities: HeatmapMunicipalityDto[];
  @ApiProperty({ type: [HeatmapCellDto], description: 'Solo celdas con aprobaciones' }) cells: HeatmapCellDto[];
}

export class MonthlyTrendRowDto implements MonthlyTrendRow {
  @ApiProperty({ example: '2026-03', description: 'AAAA-MM' }) month: string;
  @ApiProperty() enrolments: number;
  @ApiProperty() completions: number;
  @ApiProperty() trainingHours: number;
  @ApiProperty() certificatesIssued: number;
  @ApiProperty({ type: Number, nullable: true }) internshipsCompleted: number | null;
}

export class DashboardReportDto {
  @ApiProperty({ type: ReportFiltersDto }) filters: ReportFiltersDto;
  @ApiProperty({ type: ReportScopeDto }) scope: ReportScopeDto;
  @ApiProperty({ description: 'Si se ocultaron las celdas pequeñas del desglose por género' }) suppressed: boolean;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: DashboardFiguresDto }) headline: DashboardFiguresDto;
  @ApiProperty({ type: [DashboardBreakdownDto] }) breakdowns: DashboardBreakdownDto[];
  @ApiProperty({ type: CoverageHeatmapDto }) heatmap: CoverageHeatmapDto;
  @ApiProperty({ type: [MonthlyTrendRowDto], description: 'Un mes por fila, todos los del periodo' }) monthly: MonthlyTrendRowDto[];
}
