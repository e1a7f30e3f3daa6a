export default async function globalTeardown() {
  const e2e = globalThis.__campusE2e;
  if (!e2e) return;
  const exited = new Promise((resolve) => e2e.server.once('exit', resolve));
  e2e.server.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  await e2e.database.stop();
}
