// The Article screen: metadata header and the article text.
import { useApp } from '../app-context';
import { useLiveQuery } from '../use-live-query';
import { ArticleHeader } from './ArticleHeader';
import { StaticArticleBody } from './StaticArticleBody';

export function ArticleScreen({ articleId }: { articleId: string }) {
  const { db, t } = useApp();
  const article = useLiveQuery(async () => (await db.articles.get(articleId)) ?? null, [db, articleId]);
  if (article === undefined) return <main className="screen article" aria-busy="true" />;
  if (article === null || article.deletedAt) {
    return (
      <main className="screen article">
        <p role="alert">{t('article.notFound')}</p>
        <a href="#/library">{t('nav.back')}</a>
      </main>
    );
  }
  return (
    <main className="screen article" lang={article.language || undefined}>
      <ArticleHeader article={article} />
      <StaticArticleBody blocks={article.blocks} />
    </main>
  );
}
