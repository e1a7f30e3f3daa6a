import { DataSource } from 'typeorm';
import { createDataSourceOptions, runMigrations } from '../../migrations/data-source';
import { MIGRATIONS } from '../../migrations/index';
import { createSiblingDatabase } from '../support/test-database';

describe('migrations', () => {
  it('revert all the way down and apply again cleanly', async () => {
    const url = await createSiblingDatabase('migrations');
    const dataSource = new DataSource(createDataSourceOptions(url));
    await dataSource.initialize();
    try {
      const tables = async () =>
        (await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations' ORDER BY tablename`))
          .map((row: { tablename: string }) => row.tablename);
      const applied = await tables();
      expect(applied).toEqual(expect.arrayContaining(['agreements', 'audit_log', 'municipalities', 'refresh_tokens', 'users']));
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
      expect(await runMigrations(url)).toHaveLength(MIGRATIONS.length);
      expect(await tables()).toEqual(applied);
      expect(await runMigrations(url)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
