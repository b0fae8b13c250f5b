// Title, author, site, date and source link of an article.
import type { Article } from '../../core/model';
import { useApp } from '../app-context';
import { ExportMenu } from '../export/ExportMenu';

export function ArticleHeader({ article }: { article: Article }) {
  const { t, host, locale } = useApp();
  const published = article.publishedDate ? new Date(article.publishedDate) : null;
  const date =
    published && !Number.isNaN(published.getTime()) ? new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(published) : '';
  return (
    <header className="article-header">
      <ExportMenu article={article} />
      <h1 className="article-title">{article.title || article.fileName}</h1>
      <p className="article-meta">
        {article.author && <span>{t('article.by', { author: article.author })}</span>}
        {article.siteName && <span>{article.siteName}</span>}
        {date && <time dateTime={article.publishedDate}>{date}</time>}
        {article.sourceUrl && (
          <a
            href={article.sourceUrl}
            onClick={(event) => {
              event.preventDefault();
              void host.openExternal(article.sourceUrl);
            }}
          >
            {t('article.source')}
          </a>
        )}
      </p>
    </header>
  );
}
