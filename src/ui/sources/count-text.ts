// Counted phrases ("1 source", "3 sources"): each such string has a `.one` form beside it.
import type { MessageKey } from '../../i18n/messages';
import type { Translate } from '../app-context';

type OneForm<K> = K extends `${infer Base}.one` ? Base : never;
/** Keys that have a `.one` form. */
type CountedKey = Extract<OneForm<MessageKey>, MessageKey>;

export function countText(t: Translate, key: CountedKey, count: number, params: Record<string, string | number> = {}): string {
  return t(count === 1 ? (`${key}.one` as MessageKey) : key, { ...params, count });
}
