// Where a source is used: each claim with its article, linking to the claim in the article.
import type { SourceUse } from '../../db/source-repository';
import { useApp } from '../app-context';
import { routeHref } from '../router';
import { describeUse } from './source-use-label';

export function SourceUsesList({ uses, showStance = true }: { uses: SourceUse[]; showStance?: boolean }) {
  const { t } = useApp();
  return (
    <ul className="source-uses">
      {uses.map((use) => {
        const label = describeUse(t, use);
        return (
          <li key={use.link.id}>
            {use.claim && use.article ? (
              <a href={routeHref({ screen: 'article', articleId: use.article.id, claimId: use.claim.id })}>
                <span className="use-article">{label.article}</span>
                <span aria-hidden="true"> › </span>
                <span className="use-quote">“{label.quote}”</span>
              </a>
            ) : (
              <span>
                {label.article} “{label.quote}”
              </span>
            )}
            {showStance && <span className={`stance-chip stance-${use.link.stance}`}>{t(`sources.stance.${use.link.stance}`)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
