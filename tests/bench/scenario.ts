// The shape of one benchmark scenario and its measured results.
import type { Browser } from '@playwright/test';

export interface Measurement {
  metric: string;
  value: number;
  unit: string;
  /** The same thing done the plain way in the same run, when the target is a ratio. */
  baseline?: { label: string; value: number };
  /** Human-readable target, e.g. "≤ 4× baseline" or "≤ 25 ms". */
  target?: string;
  /** Whether the target is met; absent when there is no target. */
  met?: boolean;
}

/** A table of per-item results behind a scenario's summary rows, written below the main table. */
export interface DetailTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface BenchContext {
  /** Base URL of the built web host (out/renderer). */
  appUrl: string;
  browser: Browser;
  /** Serves a directory of static files on loopback; closed when the run ends. */
  serveDirectory(dir: string): Promise<string>;
  /** Adds a detail table for this scenario to docs/BENCHMARKS.md. */
  addDetails(table: DetailTable): void;
}

export interface Scenario {
  name: string;
  environment: 'chromium' | 'node';
  run(context: BenchContext): Promise<Measurement[]>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
