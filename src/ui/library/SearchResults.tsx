// Search hits grouped by kind, each a link to the article (or the claim in it), with a snippet whose
// matches are marked, and under a group with more matches a button that shows more of them.
import { useEffect, useRef } from 'react';
import type { SearchDocumentKind } from '../../core/search/search-fields';
import type { SearchHit, SearchResults as Results } from '../../db/library-search';
import type { Translate } from '../app-context';
import { routeHref } from '../router';

function SnippetText({ hit }: { hit: SearchHit }) {
  const snippet = hit.snippet;
  if (!snippet) return null;
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > at) parts.push({ text: snippet.text.slice(at, start), mark: false });
    parts.push({ text: snippet.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false });
  return (
    <span className="snippet" lang={hit.articleLanguage || undefined}>
      {snippet.clippedStart && '… '}
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      {snippet.clippedEnd && ' …'}
    </span>
  );
}

interface SearchResultsProps {
  results: Results;
  t: Translate;
  busy: boolean;
  onShowMore: (kind: SearchDocumentKind) => void;
}

export function SearchResults({ results, t, busy, onShowMore }: SearchResultsProps) {
  const groups = (['article', 'claim', 'source'] as const).map((kind) => ({ kind, hits: results.hits.filter((hit) => hit.kind === kind) })).filter((group) => group.hits.length > 0);
  const headings = { article: t('library.search.articles'), claim: t('library.search.claims'), source: t('library.search.sources') };
  const anyMore = groups.some((group) => results.more[group.kind]);
  const list = useRef<HTMLElement>(null);
  // After "Show more", focus goes to the first newly shown hit of that group, where reading goes on.
  const focusAfter = useRef<{ kind: SearchDocumentKind; index: number } | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    const link = list.current?.querySelectorAll<HTMLAnchorElement>(`[data-kind="${target.kind}"] .search-hit-link`)[target.index];
    if (link) {
      link.focus();
      focusAfter.current = null;
    }
  }, [results]);

  return (
    <section className="search-results" aria-label={t('library.search.label')} aria-busy={busy} ref={list}>
      <p className="muted" role="status">
        {results.hits.length === 0
          ? t('library.search.none', { query: results.query })
          : t(anyMore ? 'library.search.countNewest' : 'library.search.count', { count: results.hits.length })}
      </p>
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`search-group-${group.kind}`}>
          <h2 id={`search-group-${group.kind}`} className="search-group-heading">
            {headings[group.kind]}
          </h2>
          <ul className="search-hits" data-kind={group.kind}>
            {group.hits.map((hit) => {
              const href = routeHref({ screen: 'article', articleId: hit.articleId, ...(hit.claimId ? { claimId: hit.claimId } : {}) });
              const heading =
                hit.kind === 'article' ? hit.articleTitle : hit.kind === 'claim' ? t('library.search.claimIn', { title: hit.articleTitle }) : t('library.search.sourceFor', { title: hit.articleTitle });
              return (
                <li key={`${hit.kind}:${hit.claimId ?? hit.articleId}:${hit.label ?? ''}`} className={`search-hit ${hit.tag ? `tag-${hit.tag}` : ''}`}>
                  <a href={href} className="search-hit-link">
                    <span className="search-hit-title" lang={hit.articleLanguage || undefined}>
                      {heading}
                    </span>
                    {hit.label && <span className="search-hit-label">{hit.label}</span>}
                    <SnippetText hit={hit} />
                  </a>
                </li>
              );
            })}
          </ul>
          {results.more[group.kind] && (
            <button
              type="button"
              className="button show-more"
              disabled={busy}
              onClick={() => {
                focusAfter.current = { kind: group.kind, index: group.hits.length };
                onShowMore(group.kind);
              }}
            >
              {t(`library.search.showMore.${group.kind}`)}
            </button>
          )}
        </section>
      ))}
    </section>
  );
}
