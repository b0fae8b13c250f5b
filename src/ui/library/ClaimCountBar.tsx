// A thin bar of an article's claims per tag; the counts are also given in words, so colour is not
// the only way to read it.
import { TAGS } from '../../core/model';
import type { ArticleSummary } from '../../db/library-rows';
import type { Translate } from '../app-context';

export function ClaimCountBar({ summary, t }: { summary: ArticleSummary; t: Translate }) {
  const counts = summary.claimCounts;
  const total = counts.opinion + counts.fact + counts.unsupported;
  const label = total === 0 ? t('library.claimBar.none') : t('library.claimBar', counts);
  return (
    <span className="claim-bar" role="img" aria-label={label} title={label}>
      <span className="claim-bar-track">
        {TAGS.map((tag) =>
          counts[tag] > 0 ? <span key={tag} className={`claim-bar-part tag-${tag}`} style={{ flexGrow: counts[tag] }} /> : null,
        )}
      </span>
      <span className="claim-bar-total" aria-hidden="true">
        {total}
      </span>
      {summary.contestedClaims > 0 && <span className="contested-chip">{t('library.contested')}</span>}
    </span>
  );
}
