// All UI strings, merged from one file per feature.
import { fillPlaceholders, type Locale } from './define-messages';
import { exportMessages } from './messages/export';
import { importMessages } from './messages/import';
import { importNoticeMessages } from './messages/import-notices';
import { importPreviewMessages } from './messages/import-preview';
import { readerMessages } from './messages/reader';
import { shellMessages } from './messages/shell';
import { sourcesMessages } from './messages/sources';
import { libraryMessages } from './messages/library';

const bundles = [shellMessages, importMessages, importNoticeMessages, importPreviewMessages, sourcesMessages, readerMessages, exportMessages, libraryMessages] as const;

type KeysOf<T> = T extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof bundles)[number]>;

export const messages: Record<Locale, Record<MessageKey, string>> = {
  en: Object.assign({}, ...bundles.map((b) => b.en)),
  'zh-CN': Object.assign({}, ...bundles.map((b) => b['zh-CN'])),
};

/** Looks up a string and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return fillPlaceholders(messages[locale][key] ?? messages.en[key] ?? key, params);
}
