import { Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { toJobDto } from './dto/job.dto';
import type { JobDto } from './dto/job.dto';
import { BackgroundJob } from './entities/background-job.entity';
import { requireJobAccess } from './jobs.access';
import { JobsException, JobsExceptionCode } from './jobs.exception';

/** What a job's handler gets: its payload and a way to report progress. */
export interface JobContext<Payload> {
  id: string;
  payload: Payload;
  createdBy: string | null;
  setTotal(total: number): Promise<void>;
  /** One item processed: counted as done, or as failed. */
  advance(outcome: 'done' | 'failed'): Promise<void>;
  /** `count` more items done at once (one update per batch: large jobs report progress in batches). */
  advanceBy(count: number): Promise<void>;
}

/** Does the work and returns a summary (stored as the job's `result`). */
export type JobHandler<Payload> = (job: JobContext<Payload>) => Promise<Record<string, unknown>>;

/** pg-boss's schema in the app's database (its own tables, created by pg-boss on start). */
export const PG_BOSS_SCHEMA = 'pgboss';

/** Queue names allow letters, digits, `_` and `-`: `certificates.cohort` → `certificates-cohort`. */
const queueName = (kind: string) => kind.replace(/[^\w-]/g, '-');

/**
 * Background work on pg-boss queues in the app's own PostgreSQL (DESIGN.md: no extra server): one
 * PgBoss instance per app, started on bootstrap and stopped on shutdown. A job is a row in
 * `background_jobs` (the progress people follow) plus a pg-boss job, both written in the caller's
 * transaction, so a job exists exactly when the action that started it committed. Features
 * register a handler per kind (before bootstrap, e.g. in `onModuleInit`); handlers must be
 * idempotent, since pg-boss retries a job whose worker died.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly handlers = new Map<string, JobHandler<never>>();
  private boss: PgBoss | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(BackgroundJob) private readonly jobs: Repository<BackgroundJob>,
  ) {}

  register<Payload>(kind: string, handler: JobHandler<Payload>): void {
    if (this.boss) throw new Error(`job handler ${kind} registered after start`);
    this.handlers.set(kind, handler as JobHandler<never>);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { url } = this.dataSource.options as { url?: string };
    const boss = new PgBoss({ connectionString: url, schema: PG_BOSS_SCHEMA, max: 4, schedule: false, application_name: 'campus-egm-jobs' });
    boss.on('error', (error: Error) => this.logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    this.boss = boss;
    for (const kind of this.handlers.keys()) {
      const queue = queueName(kind);
      await boss.createQueue(queue, { name: queue, retryLimit: 1, retryDelay: 5, expireInSeconds: 3600 });
      await boss.work<{ jobId: string }>(queue, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => this.run(kind, job.data.jobId));
    }
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Graceful: running handlers finish (their rows and transactions) before the pools close.
    await boss?.stop({ graceful: true, wait: true, timeout: 30_000 });
  }

  /** Records a job and queues it, in the caller's transaction. */
  async enqueue(manager: EntityManager, kind: string, payload: Record<string, unknown>, createdBy: string | null): Promise<BackgroundJob> {
    if (!this.boss) throw new Error('the job queue is not running');
    if (!this.handlers.has(kind)) throw new Error(`no handler for job ${kind}`);
    const job = await manager.getRepository(BackgroundJob).save({ kind, payload, createdBy, status: 'queued' as const });
    const runner = manager.queryRunner;
    if (!runner) throw new Error('enqueue must run inside a transaction');
    const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: (await runner.query(text, values, true)).records as unknown[] }) };
    await this.boss.send(queueName(kind), { jobId: job.id }, { db });
    return job;
  }

  async get(id: string, viewer: AuthUser): Promise<JobDto> {
    const job = await this.jobs.findOneBy({ id });
    if (!job) throw new JobsException(JobsExceptionCode.JobNotFound, 'Tarea no encontrada');
    requireJobAccess(viewer, job);
    return toJobDto(job);
  }

  /** Runs a job once it is claimed: counts restart if pg-boss retries it (handlers are idempotent). */
  private async run(kind: string, jobId: string): Promise<void> {
    const handler = this.handlers.get(kind);
    const [claimed] = (await this.dataSource.query(
      `UPDATE background_jobs SET status = 'running', started_at = now(), total = 0, done = 0, failed = 0, error = NULL
        WHERE id = $1 AND status IN ('queued', 'running') RETURNING payload, created_by`,
      [jobId],
    )) as [{ payload: Record<string, unknown>; created_by: string | null }[], number];
    const row = claimed[0];
    if (!row || !handler) return;
    const context: JobContext<never> = {
      id: jobId,
      payload: row.payload as never,
      createdBy: row.created_by,
      setTotal: async (total) => {
        await this.jobs.update(jobId, { total });
      },
      advance: async (outcome) => {
        await this.dataSource.query(`UPDATE background_jobs SET ${outcome === 'done' ? 'done = done + 1' : 'failed = failed + 1'} WHERE id = $1`, [jobId]);
      },
      advanceBy: async (count) => {
        if (count > 0) await this.dataSource.query(`UPDATE background_jobs SET done = done + $2 WHERE id = $1`, [jobId, count]);
      },
    };
    try {
      const result = await handler(context);
      await this.dataSource.query(`UPDATE background_jobs SET status = 'done', result = $2, finished_at = now() WHERE id = $1`, [jobId, result]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`job ${kind} ${jobId} failed: ${message}`);
      await this.jobs.update(jobId, { status: 'failed', error: message.slice(0, 2000), finishedAt: new Date() });
    }
  }
}
