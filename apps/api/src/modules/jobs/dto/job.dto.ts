import { ApiProperty } from '@nestjs/swagger';
import { JOB_STATUSES } from '../entities/background-job.entity';
import type { BackgroundJob, JobStatus } from '../entities/background-job.entity';

/** A background job's progress, as the SPA polls it. */
export class JobDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'certificates.cohort', description: 'Qué hace la tarea' }) kind: string;
  @ApiProperty({ enum: JOB_STATUSES }) status: JobStatus;
  @ApiProperty({ description: 'Elementos por procesar' }) total: number;
  @ApiProperty({ description: 'Elementos procesados con éxito' }) done: number;
  @ApiProperty({ description: 'Elementos que fallaron' }) failed: number;
  @ApiProperty({ description: 'Porcentaje procesado (0–100)' }) percent: number;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Resumen al terminar' })
  result: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt: string | null;
}

export const toJobDto = (job: BackgroundJob): JobDto => {
  const processed = job.done + job.failed;
  const finished = job.status === 'done' || job.status === 'failed';
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    total: job.total,
    done: job.done,
    failed: job.failed,
    percent: job.total === 0 ? (finished ? 100 : 0) : Math.min(100, Math.floor((processed / job.total) * 100)),
    result: job.result,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
};
