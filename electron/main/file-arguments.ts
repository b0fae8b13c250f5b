// Which command-line arguments are article files to open (first launch and second instances).
import { extname, resolve } from 'node:path';
import { ARTICLE_EXTENSIONS } from '../shared/bridge';

const OPENABLE = new Set(ARTICLE_EXTENSIONS.map((ext) => `.${ext}`));

export function isOpenableFile(path: string): boolean {
  return OPENABLE.has(extname(path).toLowerCase());
}

/** Picks existing article files out of argv, resolved against the directory the app was started from. */
export function articleFilesFromArgv(argv: readonly string[], cwd: string, exists: (path: string) => boolean): string[] {
  const files: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || !isOpenableFile(arg)) continue;
    const absolute = resolve(cwd, arg);
    if (exists(absolute) && !files.includes(absolute)) files.push(absolute);
  }
  return files;
}
