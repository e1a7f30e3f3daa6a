import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap';
import { shouldSeedDemo, validateEnvironment } from './config/environment';
import { runMigrations } from '@campus/migrations';
import { resolveDatabase } from './database/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './database/seed/demo-data';
import { seedDefaultFramework } from './database/seed/default-framework';
import { seedDemoData } from './database/seed/demo-seed';

const log = (message: string, extra: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message, ...extra })}\n`);

async function main() {
  let env;
  try {
    env = validateEnvironment(process.env);
  } catch (error) {
    process.stderr.write(`\n${(error as Error).message}\n\nLa aplicación no se inició.\n`);
    process.exit(1);
  }
  const started = Date.now();
  const database = await resolveDatabase(env);
  log(database.embedded ? 'PostgreSQL embebido iniciado' : 'Usando DATABASE_URL', { embedded: database.embedded });
  try {
    const applied = await runMigrations(database.url);
    log(applied.length ? 'Migraciones aplicadas' : 'Esquema al día', { applied });
  } catch (error) {
    process.stderr.write(`No se pudieron aplicar las migraciones: ${(error as Error).stack ?? error}\n`);
    await database.stop().catch(() => undefined);
    process.exit(1);
  }

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    app = await createApp({ databaseUrl: database.url });
    // Shutdown (our own handler, not enableShutdownHooks, which re-raises the signal before the
    // embedded database is stopped): stop taking requests, run the modules' shutdown hooks and
    // close the pool, then stop the embedded database cleanly.
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log('Deteniendo', { signal });
      await app?.close().catch(() => undefined);
      await database.stop().catch(() => undefined);
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));

    // The default competency framework is part of the product, not of the demo: loaded once when empty.
    const framework = await app.get(DataSource).transaction(seedDefaultFramework);
    if (framework.seeded) log('Marco de competencias por defecto cargado');
    const seed = shouldSeedDemo(env);
    if (seed) {
      const { seeded } = await seedDemoData(app.get(DataSource));
      log(seeded ? 'Datos de demostración cargados' : 'Datos de demostración ya presentes');
    }
    await app.listen(env.PORT);
    const url = `http://localhost:${env.PORT}`;
    const lines = [
      '',
      `  Campus EGM listo en ${url}  (API: ${url}/api, OpenAPI: ${url}/api/docs) — ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ];
    if (seed) {
      lines.push(`  Cuentas de demostración (contraseña: ${DEMO_PASSWORD}):`);
      for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(28)} ${account.roles.join(', ')}`);
    }
    // Let the asynchronous JSON logger drain first, so the banner is the last thing on screen.
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.stdout.write(`${lines.join('\n')}\n\n`);
  } catch (error) {
    process.stderr.write(`No se pudo iniciar: ${(error as Error).stack ?? error}\n`);
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
