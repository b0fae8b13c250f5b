// Key ranges for Dexie's low-level DBCore API, written as values because Dexie declares the range
// kinds as a const enum that isolated modules cannot import.
import type { DBCoreKeyRange, DBCoreRangeType } from 'dexie';

export function equalRange(key: unknown): DBCoreKeyRange {
  return { type: 1 as DBCoreRangeType, lower: key, upper: key };
}

export function betweenRange(lower: unknown, upper: unknown): DBCoreKeyRange {
  return { type: 2 as DBCoreRangeType, lower, upper, lowerOpen: false, upperOpen: false };
}
