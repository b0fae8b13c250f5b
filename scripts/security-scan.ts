// Runs Electronegativity over the desktop shell's sources and the built app, and fails on any HIGH or
// MEDIUM finding that is not justified by an inline `eng-disable CHECK_ID <reason>` comment.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'electronegativity');
mkdirSync(work, { recursive: true });
const ELECTRON_VERSION = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version as string;

interface Finding {
  check: string;
  severity: string;
  file: string;
  location: string;
  sample: string;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

function scan(input: string, name: string, excluded: string[]): Finding[] {
  const output = join(work, `${name}.csv`);
  const args = ['electronegativity', '-i', input, '-o', output, '-r', '-v', 'false', '-e', ELECTRON_VERSION];
  if (excluded.length > 0) args.push('-x', excluded.join(','));
  const result = spawnSync('npx', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`electronegativity failed on ${input}: ${result.stderr}`);
  const [, ...rows] = parseCsv(readFileSync(output, 'utf8'));
  return rows
    .filter((r) => r.length >= 6)
    .map(([check, severity, , file, location, sample]) => ({ check: check.trim(), severity: severity.trim(), file: file.trim(), location, sample }));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

// Every eng-disable comment in the shell must name its checks and give a reason of a few words.
const justified = new Set<string>();
const unjustified: string[] = [];
for (const file of sourceFiles(join(root, 'electron'))) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = /eng-disable\s+([\w \t]+)/.exec(line);
      if (!match) return;
      const words = match[1].trim().split(/\s+/);
      const checks = words.filter((word) => /^[A-Z0-9_]+_CHECK$/.test(word));
      const reason = words.filter((word) => !/^[A-Z0-9_]+_CHECK$/.test(word));
      if (checks.length === 0 || reason.length < 3) unjustified.push(`${file}:${index + 1}: eng-disable needs check names and a reason`);
      checks.forEach((check) => justified.add(check));
    });
}

// Third-party code in the built renderer cannot carry inline comments, so its findings are justified
// here, each by the exact code it points at and a reason.
const VENDOR_JUSTIFICATIONS = [
  {
    check: 'DANGEROUS_FUNCTIONS_JS_CHECK',
    code: 'Function(``+e)',
    reason:
      'the setImmediate polyfill bundled with mammoth (DOCX import) builds a function only from a string callback, which the app never passes; the CSP (no unsafe-eval) would block it anyway',
  },
];

function codeAt(file: string, location: string): string {
  const [line, column] = location.split(':').map(Number);
  const text = readFileSync(join(root, 'out', file), 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 300), column + 300);
}

function vendorJustification(finding: Finding): string | null {
  if (!finding.file.startsWith('renderer/assets/')) return null;
  const code = codeAt(finding.file, finding.location);
  return VENDOR_JUSTIFICATIONS.find((j) => j.check === finding.check && code.includes(j.code))?.reason ?? null;
}

// The CSP lives in the renderer's HTML, which the scan of the built output checks.
const sourceFindings = scan('electron', 'sources', ['CSPGlobalCheck']);
// Bundling strips comments, so a finding in the built code counts as justified when the same check
// is justified in the sources it was built from.
const builtFindings = scan('out', 'built', []).filter((finding) => {
  if (justified.has(finding.check)) return false;
  const vendorReason = vendorJustification(finding);
  if (vendorReason) console.log(`  justified: ${finding.check} in ${finding.file} — ${vendorReason}`);
  return vendorReason === null;
});

const blocking = [...sourceFindings, ...builtFindings].filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
for (const finding of blocking) console.log(`  ${finding.severity} ${finding.check} ${finding.file}:${finding.location} ${finding.sample.trim().slice(0, 100)}`);
for (const line of unjustified) console.log(`  ${line}`);
console.log(
  `Electronegativity: ${blocking.length} unjustified HIGH/MEDIUM finding(s); ${justified.size} check(s) justified inline (${[...justified].join(', ') || 'none'}).`,
);
process.exit(blocking.length > 0 || unjustified.length > 0 ? 1 : 0);
