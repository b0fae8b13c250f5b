// `npm run bench`: builds the app, runs every scenario (Chromium and Node), prints a table and writes
// docs/BENCHMARKS.md with the machine, date and command. `npm run bench -- <name filter>` runs some.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/chromium';
import type { Measurement } from '../tests/bench/scenario';
import { scenarios } from '../tests/bench/scenarios';
import { startStaticServer, type RunningServer } from './web-host/static-server';

const root = resolve(import.meta.dirname, '..');
const filter = process.argv.slice(2).join(' ').toLowerCase();
const selected = scenarios.filter((s) => !filter || s.name.toLowerCase().includes(filter));

if (spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);

const servers: RunningServer[] = [];
const serveDirectory = async (dir: string) => {
  const server = await startStaticServer({ root: dir });
  servers.push(server);
  return server.url;
};
const appUrl = await serveDirectory(resolve(root, 'out/renderer'));
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });

const results: Array<{ scenario: string; environment: string; measurement: Measurement }> = [];
for (const scenario of selected) {
  console.log(`▶ ${scenario.name} (${scenario.environment})`);
  const measurements = await scenario.run({ appUrl, browser, serveDirectory });
  for (const measurement of measurements) {
    results.push({ scenario: scenario.name, environment: scenario.environment, measurement });
    console.log(`  ${formatRow(measurement)}`);
  }
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function formatRow(m: Measurement): string {
  const ratio = m.baseline && m.baseline.value > 0 ? ` (${round(m.value / m.baseline.value)}× ${m.baseline.label})` : '';
  const target = m.target ? ` target ${m.target}: ${m.met ? 'met' : 'NOT met'}` : '';
  return `${m.metric}: ${round(m.value)} ${m.unit}${ratio}${target}`;
}

const chromeVersion = spawnSync(chromiumExecutable, ['--version'], { encoding: 'utf8' }).stdout.trim();
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench`; every ratio compares against a baseline measured in the same run.',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${process.platform}`,
  `- Node ${process.version}; ${chromeVersion || 'Chromium'} (headless)`,
  `- Command: \`npm run bench${filter ? ` -- ${filter}` : ''}\``,
  '',
  '| Scenario | Where | Metric | Value | Baseline | Ratio | Target |',
  '|---|---|---|---|---|---|---|',
  ...results.map(({ scenario, environment, measurement: m }) => {
    const baseline = m.baseline ? `${round(m.baseline.value)} ${m.unit} (${m.baseline.label})` : '—';
    const ratio = m.baseline && m.baseline.value > 0 ? `${round(m.value / m.baseline.value)}×` : '—';
    const target = m.target ? `${m.target} — ${m.met ? 'met' : '**not met**'}` : '—';
    return `| ${scenario} | ${environment} | ${m.metric} | ${round(m.value)} ${m.unit} | ${baseline} | ${ratio} | ${target} |`;
  }),
  '',
];
writeFileSync(resolve(root, 'docs/BENCHMARKS.md'), lines.join('\n'));
console.log('Wrote docs/BENCHMARKS.md');
