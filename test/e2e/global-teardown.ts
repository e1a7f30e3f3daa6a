export default async function globalTeardown() {
  const e2e = globalThis.__campusE2e;
  if (!e2e) return;
  // The server stops itself on SIGTERM (see main.ts); give it 10 s before killing it.
  const { server } = e2e;
  if (server.exitCode === null && server.signalCode === null) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        server.kill('SIGKILL');
        resolve();
      }, 10_000);
      server.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      server.kill('SIGTERM');
    });
  }
  await e2e.database.stop();
  if (server.exitCode !== 0) throw new Error(`the server did not shut down cleanly on SIGTERM (exit ${server.exitCode ?? server.signalCode})`);
}
