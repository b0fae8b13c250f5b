import { describe, expect, it, vi } from 'vitest';
import { localeFromSystem } from '../../../src/i18n/define-messages';
import { messages, translate } from '../../../src/i18n/messages';

vi.mock('electron', () => ({}));
const { buildMenuTemplate } = await import('../../../electron/main/menu');

describe('UI strings', () => {
  it('has every English key in Chinese, none empty, and the same placeholders', () => {
    const en = messages.en as Record<string, string>;
    const zh = messages['zh-CN'] as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(zh[key].trim(), key).not.toBe('');
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      // Singular forms (`….one`) may spell the number out in English and not in Chinese.
      if (!key.endsWith('.one')) expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('zh-CN', 'library.count', { count: 3 })).toBe('3 篇文章');
    expect(translate('en', 'article.by', { author: 'Mara Ellison' })).toBe('By Mara Ellison');
  });

  it('follows the system language', () => {
    expect(localeFromSystem('zh-CN')).toBe('zh-CN');
    expect(localeFromSystem('zh-TW')).toBe('zh-CN');
    expect(localeFromSystem('zh')).toBe('zh-CN');
    expect(localeFromSystem('en-GB')).toBe('en');
    expect(localeFromSystem('de')).toBe('en');
    expect(localeFromSystem(undefined)).toBe('en');
  });
});

describe('application menu', () => {
  it('has File, Edit, View and Help, in the app language, wired to renderer commands', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate('zh-CN', 'linux', (command) => sent.push(command));
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const file = template[0].submenu as Array<{ label?: string; click?: () => void; accelerator?: string; role?: string }>;
    const importItem = file.find((item) => item.label === '导入…');
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O');
    importItem?.click?.();
    file.find((item) => item.label === '导出报告…')?.click?.();
    expect(sent).toEqual(['import', 'export-report']);
    expect(file.some((item) => item.role === 'quit')).toBe(true);
  });

  it('adds the app menu on macOS', () => {
    const template = buildMenuTemplate('en', 'darwin', () => {});
    expect(template[0].role).toBe('appMenu');
    expect(template[1].label).toBe('File');
  });
});
