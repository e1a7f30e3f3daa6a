import os from 'node:os';

/** The machine a benchmark ran on and how busy it was: the first lines of every report. */
export const machineLines = (): string[] => {
  const cpus = os.cpus();
  return [
    `  Máquina     ${cpus[0]?.model ?? 'desconocida'} · ${cpus.length} núcleos · ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB · ${os.platform()} ${os.release()}`,
    `  Carga       promedio de carga del sistema (1 min) ${os.loadavg()[0].toFixed(2)}: otros procesos en la máquina alargan los tiempos`,
  ];
};

/** Runs a benchmark's main, printing its error and exiting with 1 if it fails. */
export const runBench = (main: () => Promise<void>): void => {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
};
