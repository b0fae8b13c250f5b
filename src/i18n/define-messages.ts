// Each feature keeps its strings in its own file; the Chinese table must have exactly the English keys.
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

export interface MessageTables<K extends string> {
  en: Record<K, string>;
  'zh-CN': Record<K, string>;
}

export function defineMessages<const E extends Record<string, string>>(
  en: E,
  zhCN: { [K in keyof E]: string },
): MessageTables<Extract<keyof E, string>> {
  return { en, 'zh-CN': zhCN } as MessageTables<Extract<keyof E, string>>;
}

/** Fills `{name}` placeholders of a message; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Chooses the UI locale from a system language tag (navigator.language or Electron's locale). */
export function localeFromSystem(tag: string | undefined): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh-CN' : 'en';
}
