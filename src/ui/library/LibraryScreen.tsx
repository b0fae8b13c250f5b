// The home screen: the article list, or an empty state with the two ways to start.
import { useState } from 'react';
import { listLibraryArticles, saveImportedArticle } from '../../db/article-repository';
import { useApp } from '../app-context';
import { navigate } from '../router';
import { useLiveQuery } from '../use-live-query';
import { buildSampleArticle, SAMPLE_ARTICLES, sampleTitle, type SampleArticle } from './sample-articles';

export function LibraryScreen({ onImport }: { onImport: () => void }) {
  const { db, t, notify, locale } = useApp();
  const articles = useLiveQuery(() => listLibraryArticles(db), [db]);
  const [choosingSample, setChoosingSample] = useState(false);

  async function openSample(sample: SampleArticle) {
    try {
      const { article, original } = await buildSampleArticle(sample);
      const result = await saveImportedArticle(db, article, original);
      navigate({ screen: 'article', articleId: result.articleId });
    } catch (error) {
      notify(t('error.generic', { message: (error as Error).message }), 'error');
    }
  }

  if (articles === undefined) return <main className="screen library" aria-busy="true" />;

  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const formatDate = (iso: string) => {
    const date = new Date(iso);
    return iso && !Number.isNaN(date.getTime()) ? dateFormat.format(date) : '';
  };

  return (
    <main className="screen library" aria-labelledby="library-heading">
      <header className="screen-header">
        <h1 id="library-heading">{t('library.title')}</h1>
        {articles.length > 0 && (
          <div className="screen-actions">
            <span className="muted">{t('library.count', { count: articles.length })}</span>
            <button type="button" className="button" onClick={() => setChoosingSample((v) => !v)} aria-expanded={choosingSample}>
              {t('library.trySample')}
            </button>
            <button type="button" className="button primary" onClick={onImport}>
              {t('library.import')}
            </button>
          </div>
        )}
      </header>

      {articles.length === 0 ? (
        <section className="empty-state" aria-labelledby="empty-heading">
          <h2 id="empty-heading">{t('library.empty.heading')}</h2>
          <p>{t('library.empty.body')}</p>
          <div className="empty-actions">
            <button type="button" className="button primary large" onClick={onImport}>
              {t('library.import')}
            </button>
            <button type="button" className="button large" onClick={() => setChoosingSample((v) => !v)} aria-expanded={choosingSample}>
              {t('library.trySample')}
            </button>
          </div>
          <p className="muted">{t('library.empty.dropHint')}</p>
        </section>
      ) : null}

      {choosingSample && (
        <section className="sample-chooser" aria-label={t('library.sampleChooser')}>
          <ul>
            {SAMPLE_ARTICLES.map((sample) => (
              <li key={sample.id}>
                <button type="button" className="sample-button" lang={sample.language} onClick={() => void openSample(sample)}>
                  {sampleTitle(sample)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {articles.length > 0 && (
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">{t('library.column.title')}</th>
              <th scope="col">{t('library.column.site')}</th>
              <th scope="col">{t('library.column.published')}</th>
              <th scope="col">{t('library.column.language')}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td lang={article.language || undefined}>
                  <a href={`#/article/${encodeURIComponent(article.id)}`}>{article.title || article.fileName}</a>
                </td>
                <td lang={article.language || undefined}>{article.siteName}</td>
                <td>{formatDate(article.publishedDate)}</td>
                <td>{article.language}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
