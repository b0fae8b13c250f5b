// User settings: what they are, their defaults, and checked reads and writes of the settings table.
import type { Locale } from '../i18n/define-messages';
import type { ClaimlensDatabase } from './database';

export type LanguageSetting = 'system' | Locale;
export type ThemeSetting = 'system' | 'light' | 'dark';

export interface AppSettings {
  language: LanguageSetting;
  theme: ThemeSetting;
  /** Reading text size in CSS pixels. */
  fontSize: number;
  annotator: string;
}

export const DEFAULT_SETTINGS: AppSettings = {
  language: 'system',
  theme: 'system',
  fontSize: 18,
  annotator: 'Local user',
};

export const FONT_SIZES = [15, 16, 18, 20, 22, 24] as const;

/** Checks one setting; returns the reason it is refused, or null when it may be stored. */
export function settingProblem<K extends keyof AppSettings>(key: K, value: AppSettings[K]): string | null {
  switch (key) {
    case 'language':
      return ['system', 'en', 'zh-CN'].includes(value as string) ? null : 'Unknown language.';
    case 'theme':
      return ['system', 'light', 'dark'].includes(value as string) ? null : 'Unknown theme.';
    case 'fontSize':
      return (FONT_SIZES as readonly number[]).includes(value as number) ? null : 'Unsupported text size.';
    case 'annotator': {
      const name = (value as string).trim();
      if (name === '') return 'empty';
      return name.length > 80 ? 'The annotator name is longer than 80 characters.' : null;
    }
  }
  return 'Unknown setting.';
}

export async function loadSettings(db: ClaimlensDatabase): Promise<AppSettings> {
  const rows = await db.settings.toArray();
  const settings: AppSettings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    const key = row.key as keyof AppSettings;
    if (key in DEFAULT_SETTINGS && settingProblem(key, row.value as never) === null) {
      (settings as unknown as Record<string, unknown>)[key] = row.value;
    }
  }
  return settings;
}

export async function saveSetting<K extends keyof AppSettings>(db: ClaimlensDatabase, key: K, value: AppSettings[K]): Promise<void> {
  const problem = settingProblem(key, value);
  if (problem) throw new Error(problem);
  await db.settings.put({ key, value: typeof value === 'string' ? value.trim() : value });
}
