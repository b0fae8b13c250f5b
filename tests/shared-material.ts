// Where the shared test material (fixtures/, corpora/) is: ../shared beside this checkout, as the
// workplace lays it out; for a clone made elsewhere from a local checkout, ../shared beside that
// checkout; or wherever CLAIMLENS_SHARED points. Read at test time, never copied into the repository.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(import.meta.dirname, '..');

/** The checkout this one was cloned from, when that is a folder on this machine. */
function localOrigin(): string | undefined {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (url.startsWith('file://')) return fileURLToPath(url);
    return isAbsolute(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

function findSharedRoot(): string {
  const origin = localOrigin();
  const candidates = [process.env.CLAIMLENS_SHARED, join(repoRoot, '..', 'shared'), origin && join(origin, '..', 'shared')].filter((path): path is string => !!path);
  const found = candidates.find((path) => existsSync(join(path, 'corpora')));
  if (!found) throw new Error(`The shared test material (fixtures/ and corpora/) is not in ${candidates.join(', ')}; set CLAIMLENS_SHARED to its folder.`);
  return found;
}

export const sharedRoot = findSharedRoot();

export function sharedPath(relative: string): string {
  return join(sharedRoot, relative);
}

/** The Chinese opinion piece the product was specified with, as copied from its web page. */
export const SEED_PATH = sharedPath('fixtures/seed/000_6d1aa85c79b1b4ee.txt');
