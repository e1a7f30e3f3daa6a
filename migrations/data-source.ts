import { DataSource } from 'typeorm';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './index';

/**
 * The one data source definition, shared by the app (which adds its entities) and the TypeORM
 * CLI (`nx run api:db:migrate`). `synchronize` is never on: the schema comes from migrations.
 */
export const createDataSourceOptions = (url: string): DataSourceOptions => ({
  type: 'postgres',
  url,
  migrations: MIGRATIONS,
  migrationsTableName: 'typeorm_migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  applicationName: 'campus-egm',
});

/** Arbitrary constant key of the advisory lock that serialises migrations across replicas. */
const MIGRATION_LOCK_KEY = 7_424_117;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so several API replicas starting
 * at once do not race: the first migrates, the others wait and then find nothing to do.
 */
export const runMigrations = async (url: string): Promise<string[]> => {
  const dataSource = new DataSource(createDataSourceOptions(url));
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
};

export default new DataSource(
  createDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/campus'),
);
