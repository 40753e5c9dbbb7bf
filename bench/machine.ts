// What the numbers were measured on.
import os from "node:os";

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** Other work on the machine skews every number: the 1-minute load averages around the run. */
  loadAverageAtStart: number;
  loadAverageAtEnd: number;
}

const loadAtStart = os.loadavg()[0] ?? 0;

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: Math.round(loadAtStart * 100) / 100,
    loadAverageAtEnd: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
}
