import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFilesFromArgv } from '../../../electron/main/file-arguments';

describe('articleFilesFromArgv', () => {
  const existing = new Set([resolve('/home/u/a.html'), resolve('/home/u/Notes.MD'), resolve('/tmp/b.pdf')]);
  const exists = (path: string) => existing.has(path);

  it('keeps existing article files, resolved against the working directory, once each', () => {
    expect(articleFilesFromArgv(['a.html', '--flag', 'Notes.MD', '/tmp/b.pdf', 'a.html'], '/home/u', exists)).toEqual([
      resolve('/home/u/a.html'),
      resolve('/home/u/Notes.MD'),
      resolve('/tmp/b.pdf'),
    ]);
  });

  it('ignores flags, unknown kinds and missing files', () => {
    expect(articleFilesFromArgv(['--inspect', 'program.exe', 'missing.txt', '.'], '/home/u', exists)).toEqual([]);
  });
});
