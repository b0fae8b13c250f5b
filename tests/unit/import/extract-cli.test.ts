// `claimlens extract` end to end: the real command, spawned the way a user runs it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mhtmlPath, readabilityPagePath, repoRoot } from './corpus-files';

function claimlens(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin/claimlens.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimlens extract', () => {
  it('prints JSON with metadata, blocks, removed blocks with reasons, hash and charset', () => {
    const { status, stdout, stderr } = claimlens('extract', readabilityPagePath('qq', 'source.html'), '--json');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ fileName: 'source.html', format: 'html', charset: 'utf-8' });
    expect(report.metadata).toMatchObject({ title: 'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网', language: 'zh-CN' });
    expect(report.blocks.length).toBeGreaterThan(5);
    expect(report.removed.length).toBeGreaterThan(0);
    for (const removed of report.removed) expect(typeof removed.reason).toBe('string');
    expect(report.contentHash).toBe(createHash('sha256').update(report.text).digest('hex'));
    expect(report.warnings.join(' ')).toMatch(/gb2312/);
  }, 60_000);

  it('prints the plain text by default and Markdown on request', () => {
    const text = claimlens('extract', readabilityPagePath('001', 'source.html'));
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("So finally you're testing your frontend JavaScript code?");
    const markdown = claimlens('extract', mhtmlPath('portfolio.mhtml'), '--markdown');
    expect(markdown.status).toBe(0);
    expect(markdown.stdout.startsWith('# Max Sindwani')).toBe(true);
  }, 60_000);

  it('reports a broken file in one line on stderr and exits with 1', () => {
    const { status, stdout, stderr } = claimlens('extract', mhtmlPath('unexpected_eof.mhtml'));
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/unexpected_eof\.mhtml: is a broken MHTML file: it ends unexpectedly/);
  }, 60_000);

  it('reports a missing file and a bad option in one line with exit code 1', () => {
    const missing = claimlens('extract', join(repoRoot, 'no-such-article.html'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no-such-article\.html: no such file/);
    const option = claimlens('extract', '--xml', readabilityPagePath('001', 'source.html'));
    expect(option.status).toBe(1);
    expect(option.stderr).toMatch(/unknown option “--xml”/);
  }, 60_000);
});
