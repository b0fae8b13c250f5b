// `npm run bench`: builds the app, runs every scenario (Chromium and Node), prints a table and writes
// docs/BENCHMARKS.md with the machine, date and command. `npm run bench -- <name filter>` runs some.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/chromium';
import type { DetailTable, Measurement } from '../tests/bench/scenario';
import { scenarios } from '../tests/bench/scenarios';
import { startStaticServer, type RunningServer } from './web-host/static-server';

const root = resolve(import.meta.dirname, '..');
const simplify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const filter = simplify(process.argv.slice(2).join(' '));
const selected = scenarios.filter((s) => !filter || simplify(s.name).includes(filter));
if (selected.length === 0) {
  console.error(`No scenario matches “${process.argv.slice(2).join(' ')}”. Scenarios: ${scenarios.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}

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
const details: Record<string, DetailTable[]> = {};
for (const scenario of selected) {
  console.log(`▶ ${scenario.name} (${scenario.environment})`);
  const addDetails = (table: DetailTable) => (details[scenario.name] ??= []).push(table);
  const measurements = await scenario.run({ appUrl, browser, serveDirectory, addDetails });
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

// Results are kept per scenario, so running a few scenarios updates their rows and keeps the others.
const resultsFile = resolve(root, 'docs/benchmark-results.json');
interface StoredScenario {
  date: string;
  environment: string;
  measurements: Measurement[];
  details?: DetailTable[];
}
const stored: Record<string, StoredScenario> = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const runDate = new Date().toISOString();
for (const scenario of selected) {
  stored[scenario.name] = {
    date: runDate,
    environment: scenario.environment,
    measurements: results.filter((r) => r.scenario === scenario.name).map((r) => r.measurement),
    ...(details[scenario.name] ? { details: details[scenario.name] } : {}),
  };
}
writeFileSync(resultsFile, JSON.stringify(stored, null, 2) + '\n');

const chromeVersion = spawnSync(chromiumExecutable, ['--version'], { encoding: 'utf8' }).stdout.trim();
const order = scenarios.map((s) => s.name);
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (`npm run bench -- <scenario>` reruns one scenario and keeps the other rows).',
  'Every ratio compares against a baseline measured in the same run of the same scenario.',
  '',
  `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${process.platform}`,
  `- Node ${process.version}; ${chromeVersion || 'Chromium'} (headless)`,
  '- Command: `npm run bench`',
  '',
  '| Scenario | Where | Measured | Metric | Value | Baseline | Ratio | Target |',
  '|---|---|---|---|---|---|---|---|',
  ...Object.entries(stored)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .flatMap(([scenario, { date, environment, measurements }]) =>
      measurements.map((m) => {
        const baseline = m.baseline ? `${round(m.baseline.value)} ${m.unit} (${m.baseline.label})` : '—';
        const ratio = m.baseline && m.baseline.value > 0 ? `${round(m.value / m.baseline.value)}×` : '—';
        const target = m.target ? `${m.target} — ${m.met ? 'met' : '**not met**'}` : '—';
        return `| ${scenario} | ${environment} | ${date.slice(0, 16).replace('T', ' ')} UTC | ${m.metric} | ${round(m.value)} ${m.unit} | ${baseline} | ${ratio} | ${target} |`;
      }),
    ),
  '',
  ...Object.entries(stored)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .flatMap(([scenario, { date, details: tables = [] }]) =>
      tables.flatMap((table) => [
        `## ${scenario}: ${table.caption}`,
        '',
        `Measured ${date.slice(0, 16).replace('T', ' ')} UTC, in the same run as the rows above.`,
        '',
        '<details><summary>' + `${table.rows.length} rows` + '</summary>',
        '',
        `| ${table.columns.join(' | ')} |`,
        `|${table.columns.map(() => '---').join('|')}|`,
        ...table.rows.map((row) => `| ${row.join(' | ')} |`),
        '',
        '</details>',
        '',
      ]),
    ),
];
writeFileSync(resolve(root, 'docs/BENCHMARKS.md'), lines.join('\n'));
console.log('Wrote docs/BENCHMARKS.md');
