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

export default new DataSource(
  createDataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/campus'),
);
