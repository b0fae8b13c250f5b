// The Claimlens database: one Dexie class, typed tables, every schema version kept with its upgrade.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Article, Claim, ClaimSource, Collection, OriginalFile, Source } from '../core/model';
import type { ArticleHead } from '../core/search/article-head';
import { derivedTablesMiddleware } from './derived-tables-middleware';
import { fillArticleHeads, rebuildDerivedTables, rebuildSearchIndex } from './derived-tables-rebuild';
import type { ArticleSummary, SearchDocument, SearchPosting } from './library-rows';

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'claimlens';

export class ClaimlensDatabase extends Dexie {
  /** Imported articles: metadata, block document, normalised text and content hash. */
  articles!: EntityTable<Article, 'id'>;
  /** The bytes each article was imported from, kept apart so listing articles stays light. */
  originals!: EntityTable<OriginalFile, 'articleId'>;
  /** Highlighted passages with a tag, note, annotator and selectors into the article text. */
  claims!: EntityTable<Claim, 'id'>;
  /** Evidence, shared across claims and articles; deduplicated by normalised URL. */
  sources!: EntityTable<Source, 'id'>;
  /** Links from a claim to a source, with the stance and an optional quote. */
  claimSources!: EntityTable<ClaimSource, 'id'>;
  /** Named groups of articles, such as one workshop or one class week. */
  collections!: EntityTable<Collection, 'id'>;
  /** User settings, one row per key. */
  settings!: EntityTable<SettingRow, 'key'>;
  /** Since version 2: one small row per article for the Library list, with claim counts; derived. */
  articleSummaries!: EntityTable<ArticleSummary, 'id'>;
  /** Since version 2: every article, claim and source search knows, numbered for compact postings; derived. */
  searchDocuments!: EntityTable<SearchDocument, 'docNo'>;
  /** Since version 2: for each search term and segment of document numbers, the documents holding it (packed since version 3); derived. */
  searchPostings!: Table<SearchPosting, [string, number]>;
  /** Since version 4: the opening of each article's text, so search rarely reads a whole article; derived. */
  articleHeads!: EntityTable<ArticleHead, 'id'>;

  /** True while opening waits for another connection, holding an older schema, to close. */
  openBlocked = false;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.on('blocked', () => {
      this.openBlocked = true;
    });
    this.on('ready', () => {
      this.openBlocked = false;
    });
    // Version 1: the first released schema. Never edit it; add a new version with an upgrade instead.
    this.version(1).stores({
      articles: 'id, &contentHash, title, importedAt, publishedDate, language, deletedAt, *collectionIds',
      originals: 'articleId',
      claims: 'id, articleId, annotator, tag, [articleId+annotator]',
      sources: 'id, normalizedUrl',
      claimSources: 'id, claimId, sourceId, &[claimId+sourceId]',
      collections: 'id, name',
      settings: 'key',
    });
    // Version 2: derived tables for a large library. They are filled from the version 1 rows here and
    // then kept in step by derivedTablesMiddleware inside every write to the tables they derive from.
    this.version(2)
      .stores({
        // Library list rows: sorted by import date, filtered by Trash and collection.
        articleSummaries: 'id, importedAt, deletedAt, *collectionIds',
        // Search documents: auto-numbered; `ref` is `<kind>:<id>` of the article, claim or source.
        searchDocuments: '++docNo, &ref',
        // Search postings: keyed by term and segment, so a prefix search is one key range.
        searchPostings: '[term+segment]',
      })
      .upgrade((tx) => rebuildDerivedTables(tx));
    // Version 3: posting lists are packed (document number and kind in one Uint32Array entry) in
    // larger segments, and Chinese is indexed by characters and bigrams only. Same tables and keys;
    // the search index is rebuilt from the stored records.
    this.version(3)
      .stores({})
      .upgrade((tx) => rebuildSearchIndex(tx));
    // Version 4: article heads, filled from the stored articles; articles indexed by source URL, so
    // finding earlier versions of an article being imported does not read the whole library.
    this.version(4)
      .stores({
        articles: 'id, &contentHash, title, importedAt, publishedDate, language, deletedAt, *collectionIds, sourceUrl',
        articleHeads: 'id',
      })
      .upgrade((tx) => fillArticleHeads(tx));
    this.use(derivedTablesMiddleware);
  }
}

let shared: ClaimlensDatabase | null = null;

/** The app's one database connection. */
export function appDatabase(): ClaimlensDatabase {
  shared ??= new ClaimlensDatabase();
  return shared;
}
