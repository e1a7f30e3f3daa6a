import { createTestDatabase } from '../support/test-database';
import type { TestDatabase } from '../support/test-database';

declare global {
  var __campusTestDatabase: TestDatabase | undefined;
}

export default async function globalSetup() {
  const database = await createTestDatabase('it');
  globalThis.__campusTestDatabase = database;
  process.env.TEST_DATABASE_URL = database.url;
}
