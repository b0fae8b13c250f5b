// Keeps the search tables in step with the records they index. Runs inside the caller's IndexedDB
// transaction through Dexie's DBCore, so a record and its index entries are written or undone together.
import type { DBCore, DBCoreTransaction } from 'dexie';
import { addToPostings, postingEntry, removeFromPostings } from '../core/search/posting-list';
import type { SearchDocumentKind } from '../core/search/search-fields';
import { indexTerms } from '../core/search/tokenize';
import { equalRange } from './core-ranges';
import { SEGMENT_SIZE, searchRef, type SearchDocument, type SearchPosting } from './library-rows';

/** A record as search sees it: what it is and the texts it contributes. */
export interface IndexedRecord {
  kind: SearchDocumentKind;
  entityId: string;
  articleId: string;
  texts: string[];
}

const TERM_SEPARATOR = '\u0000';

function termsOf(record: IndexedRecord): Set<string> {
  const terms = new Set<string>();
  for (const text of record.texts) if (text) indexTerms(text, terms);
  return terms;
}

/** Groups (term, packed entry) pairs by posting row. */
function groupByRow(entries: Array<{ docNo: number; kind: SearchDocumentKind; terms: Set<string> }>): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const { docNo, kind, terms } of entries) {
    const segment = Math.floor(docNo / SEGMENT_SIZE);
    const entry = postingEntry(docNo, kind);
    for (const term of terms) {
      const key = `${term}${TERM_SEPARATOR}${segment}`;
      const docs = rows.get(key);
      if (docs) docs.push(entry);
      else rows.set(key, [entry]);
    }
  }
  return rows;
}

function rowKey(key: string): [string, number] {
  const at = key.lastIndexOf(TERM_SEPARATOR);
  return [key.slice(0, at), Number(key.slice(at + 1))];
}

/** Numbers the records and adds their terms to the postings. */
export async function addSearchDocuments(core: DBCore, trans: DBCoreTransaction, records: IndexedRecord[]): Promise<void> {
  if (records.length === 0) return;
  const documents: SearchDocument[] = records.map((record) => ({
    ref: searchRef(record.kind, record.entityId),
    kind: record.kind,
    entityId: record.entityId,
    articleId: record.articleId,
  }));
  const added = await core.table('searchDocuments').mutate({ type: 'add', trans, values: documents });
  if (added.numFailures > 0) throw Object.values(added.failures)[0];
  const docNos = added.results as number[];
  const rows = groupByRow(records.map((record, i) => ({ docNo: docNos[i], kind: record.kind, terms: termsOf(record) })));
  const keys = [...rows.keys()].map(rowKey);
  const postings = core.table('searchPostings');
  const existing = (await postings.getMany({ trans, keys })) as Array<SearchPosting | undefined>;
  const values: SearchPosting[] = keys.map(([term, segment], i) => ({
    term,
    segment,
    docs: addToPostings(existing[i]?.docs ?? new Uint32Array(0), rows.get(`${term}${TERM_SEPARATOR}${segment}`) ?? []),
  }));
  await postings.mutate({ type: 'put', trans, values });
}

/** Removes records from search; `texts` must be what was indexed, so their terms can be found. */
export async function removeSearchDocuments(core: DBCore, trans: DBCoreTransaction, records: IndexedRecord[]): Promise<void> {
  if (records.length === 0) return;
  const documentsTable = core.table('searchDocuments');
  const refIndex = documentsTable.schema.getIndexByKeyPath('ref');
  if (!refIndex) throw new Error('The search index has no ref index.');
  const found = await Promise.all(
    records.map(async (record) => {
      const { result } = await documentsTable.query({ trans, values: true, query: { index: refIndex, range: equalRange(searchRef(record.kind, record.entityId)) } });
      return (result as SearchDocument[]).map((document) => ({ docNo: document.docNo as number, record }));
    }),
  );
  const entries = found.flat();
  if (entries.length === 0) return;
  await documentsTable.mutate({ type: 'delete', trans, keys: entries.map((entry) => entry.docNo) });
  const rows = groupByRow(entries.map(({ docNo, record }) => ({ docNo, kind: record.kind, terms: termsOf(record) })));
  const keys = [...rows.keys()].map(rowKey);
  const postings = core.table('searchPostings');
  const existing = (await postings.getMany({ trans, keys })) as Array<SearchPosting | undefined>;
  const updated: SearchPosting[] = [];
  const emptied: Array<[string, number]> = [];
  keys.forEach(([term, segment], i) => {
    const row = existing[i];
    if (!row) return;
    const docs = removeFromPostings(row.docs, new Set(rows.get(`${term}${TERM_SEPARATOR}${segment}`)));
    if (docs.length > 0) updated.push({ term, segment, docs });
    else emptied.push([term, segment]);
  });
  if (updated.length > 0) await postings.mutate({ type: 'put', trans, values: updated });
  if (emptied.length > 0) await postings.mutate({ type: 'delete', trans, keys: emptied });
}
