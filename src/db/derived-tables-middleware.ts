// A Dexie DBCore middleware that keeps the derived tables (search index, article summaries and heads) in step
// with every write to articles, claims, claim-source links and sources, whoever makes the write.
// It widens each read-write transaction on those tables to include the derived tables, so a record
// and what is derived from it commit or roll back together. It sits below Dexie's own layers (hooks,
// live-query tracking), where calls need no Dexie zone, and reports the derived tables it changed to
// the live-query layer itself.
import { RangeSet } from 'dexie';
import type { DBCore, ObservabilitySet, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Article, Claim, ClaimSource, Source } from '../core/model';
import { articleHead } from '../core/search/article-head';
import { articleSearchTextChanged, articleSearchTexts, claimSearchTexts, sourceSearchTexts } from '../core/search/search-fields';
import { refreshSummaries } from './article-summary-writer';
import { addSearchDocuments, removeSearchDocuments, type IndexedRecord } from './search-index-writer';

const WATCHED = ['articles', 'claims', 'claimSources', 'sources'];
const DERIVED = ['articleSummaries', 'searchDocuments', 'searchPostings', 'articleHeads'];
/** What the derivations read besides the table being written. */
const READ_BY_DERIVATIONS = ['claims', 'claimSources', 'articles'];

export function articleRecord(article: Article): IndexedRecord {
  return { kind: 'article', entityId: article.id, articleId: article.id, texts: articleSearchTexts(article) };
}

export function claimRecord(claim: Claim): IndexedRecord {
  return { kind: 'claim', entityId: claim.id, articleId: claim.articleId, texts: claimSearchTexts(claim) };
}

export function sourceRecord(source: Source): IndexedRecord {
  return { kind: 'source', entityId: source.id, articleId: '', texts: sourceSearchTexts(source) };
}

/** The rows a mutation is about to replace or delete, read in the same transaction. */
async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type === 'add') return [];
  if (req.type === 'deleteRange') {
    const { result } = await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range as DBCoreKeyRange } });
    return result;
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey?.(value)));
  const rows = await table.getMany({ trans: req.trans, keys });
  return rows.filter((row) => row !== undefined);
}

/** The rows a mutation wrote, leaving out the ones that failed. */
function rowsWritten(req: DBCoreMutateRequest, res: DBCoreMutateResponse): unknown[] {
  if (req.type !== 'add' && req.type !== 'put') return [];
  return req.values.filter((_, i) => !(i in res.failures));
}

function idOf(row: unknown): string {
  return (row as { id: string }).id;
}

async function deriveFromArticles(core: DBCore, trans: DBCoreTransaction, before: Article[], after: Article[], deleted: boolean): Promise<void> {
  const old = new Map(before.map((article) => [article.id, article]));
  const changed = new Map<string, Article | null>();
  const removals: IndexedRecord[] = [];
  const additions: IndexedRecord[] = [];
  const newTexts: Article[] = [];
  if (deleted) {
    for (const article of before) {
      removals.push(articleRecord(article));
      changed.set(article.id, null);
    }
  }
  for (const article of after) {
    const previous = old.get(article.id);
    if (!previous || articleSearchTextChanged(previous, article)) {
      if (previous) removals.push(articleRecord(previous));
      additions.push(articleRecord(article));
    }
    if (!previous || previous.text !== article.text) newTexts.push(article);
    changed.set(article.id, article);
  }
  await removeSearchDocuments(core, trans, removals);
  await addSearchDocuments(core, trans, additions);
  await refreshSummaries(core, trans, changed.keys(), changed);
  const heads = core.table('articleHeads');
  if (deleted && before.length > 0) await heads.mutate({ type: 'delete', trans, keys: before.map(idOf) });
  if (newTexts.length > 0) await heads.mutate({ type: 'put', trans, values: newTexts.map((article) => articleHead(article.id, article.text)) });
}

async function deriveFromClaims(core: DBCore, trans: DBCoreTransaction, before: Claim[], after: Claim[]): Promise<void> {
  const old = new Map(before.map((claim) => [claim.id, claim]));
  const written = new Set(after.map((claim) => claim.id));
  const removals = before.filter((claim) => !written.has(claim.id)).map(claimRecord);
  const additions: IndexedRecord[] = [];
  for (const claim of after) {
    const previous = old.get(claim.id);
    const sameText = previous && previous.note === claim.note && previous.selectors.quote.exact === claim.selectors.quote.exact && previous.articleId === claim.articleId;
    if (sameText) continue;
    if (previous) removals.push(claimRecord(previous));
    additions.push(claimRecord(claim));
  }
  await removeSearchDocuments(core, trans, removals);
  await addSearchDocuments(core, trans, additions);
  await refreshSummaries(core, trans, [...before, ...after].map((claim) => claim.articleId));
}

async function deriveFromLinks(core: DBCore, trans: DBCoreTransaction, links: ClaimSource[]): Promise<void> {
  const claimIds = [...new Set(links.map((link) => link.claimId))];
  if (claimIds.length === 0) return;
  const claims = (await core.table('claims').getMany({ trans, keys: claimIds })) as Array<Claim | undefined>;
  await refreshSummaries(core, trans, claims.flatMap((claim) => (claim ? [claim.articleId] : [])));
}

async function deriveFromSources(core: DBCore, trans: DBCoreTransaction, before: Source[], after: Source[]): Promise<void> {
  const written = new Set(after.map(idOf));
  await removeSearchDocuments(core, trans, before.map(sourceRecord));
  // Sources that were only deleted are gone from search; the rest are indexed afresh.
  await addSearchDocuments(core, trans, after.filter((source) => written.has(source.id)).map(sourceRecord));
}

/** Transactions in which derived tables are being replaced wholesale by the caller. */
const paused = new WeakSet<object>();

/**
 * Runs `work` with derivations off for this transaction: for clearing the source and derived tables
 * together, where looking up each old row's index entries would be wasted work.
 */
export async function pauseDerivations<T>(trans: object, work: () => Promise<T>): Promise<T> {
  paused.add(trans);
  try {
    return await work();
  } finally {
    paused.delete(trans);
  }
}

/** Tells live queries that the derived tables changed, as Dexie's tracking layer does for the written table. */
function markDerivedTablesChanged(core: DBCore, mutatedParts: ObservabilitySet | undefined): void {
  if (!mutatedParts) return;
  for (const name of DERIVED) {
    const { schema } = core.table(name);
    for (const index of ['', ':dels', ...schema.indexes.map((i) => i.name ?? '')]) {
      // The whole range: simpler than tracking rows, and derived rows change rarely outside imports.
      mutatedParts[`idb://${core.schema.name}/${name}/${index}`] = new RangeSet(core.MIN_KEY, core.MAX_KEY);
    }
  }
}

export const derivedTablesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DerivedTables',
  // Below Dexie's built-in layers (the lowest of which is -1): `down` is plain IndexedDB.
  level: -10,
  create(down) {
    const hasDerivedTables = DERIVED.every((name) => down.schema.tables.some((table) => table.name === name));
    return {
      transaction(stores, mode, options) {
        if (hasDerivedTables && mode === 'readwrite' && stores.some((store) => WATCHED.includes(store))) {
          stores = [...new Set([...stores, ...READ_BY_DERIVATIONS, ...DERIVED])];
        }
        return down.transaction(stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!hasDerivedTables || !WATCHED.includes(name)) return table;
        return {
          ...table,
          async mutate(req) {
            if (paused.has(req.trans)) return table.mutate(req);
            const before = await rowsBefore(table, req);
            const res = await table.mutate(req);
            const after = rowsWritten(req, res);
            const deleted = req.type === 'delete' || req.type === 'deleteRange';
            if (name === 'articles') await deriveFromArticles(down, req.trans, before as Article[], after as Article[], deleted);
            else if (name === 'claims') await deriveFromClaims(down, req.trans, before as Claim[], after as Claim[]);
            else if (name === 'claimSources') await deriveFromLinks(down, req.trans, [...before, ...after] as ClaimSource[]);
            else await deriveFromSources(down, req.trans, before as Source[], after as Source[]);
            markDerivedTablesChanged(down, req.mutatedParts);
            return res;
          },
        };
      },
    };
  },
};
