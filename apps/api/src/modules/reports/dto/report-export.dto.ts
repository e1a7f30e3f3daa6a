import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ReportQueryDto } from './report-query.dto';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

/** An enrolment detail export: the format and the report's filters (`suppress` does not apply to the detail). */
export class ReportExportRequestDto extends ReportQueryDto {
  @ApiProperty({ enum: EXPORT_FORMATS, description: 'Formato del archivo: CSV o Excel' })
  @IsIn(EXPORT_FORMATS, { message: 'Elija CSV o Excel (csv, xlsx)' })
  format: (typeof EXPORT_FORMATS)[number];
}

/** Where to get the file: at once (`downloadPath`) or, for a large export, after the job (`jobId`). */
export class ReportExportResponseDto {
  @ApiProperty({ description: 'Filas (inscripciones) del archivo' })
  rows: number;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Tarea en segundo plano (siga su avance en GET /api/jobs/{id}); null si la descarga es directa' })
  jobId: string | null;

  @ApiProperty({ nullable: true, type: String, example: '/api/reports/enrolments.csv?from=2025-01-01&to=2025-12-31', description: 'Descarga directa (exportaciones pequeñas); null si corre como tarea' })
  downloadPath: string | null;
}
