// Claims that no longer match the article text: listed with their quote, never dropped, and placed
// again by selecting the passage they belong to and choosing "Re-attach here".
import type { Claim } from '../../core/model';
import type { Translate } from '../app-context';
import { tagLabel } from './tag-look';

export function OrphanedClaims({
  orphans,
  reattachId,
  t,
  onReattach,
  onDelete,
}: {
  orphans: readonly Claim[];
  reattachId: string | null;
  t: Translate;
  onReattach: (claimId: string | null) => void;
  onDelete: (claimId: string) => void;
}) {
  if (orphans.length === 0) return null;
  return (
    <section className="orphaned-claims" aria-labelledby="orphans-heading">
      <h3 id="orphans-heading">
        {t('orphans.title')} <span className="count">{orphans.length}</span>
      </h3>
      <p className="help">{t('orphans.help')}</p>
      <ul>
        {orphans.map((claim) => {
          const waiting = reattachId === claim.id;
          return (
            <li key={claim.id} className="orphan-item" data-tag={claim.tag}>
              <span className="tag-chip" data-tag={claim.tag}>
                {tagLabel(t, claim.tag)}
              </span>
              <blockquote className="claim-quote">{claim.selectors.quote.exact}</blockquote>
              {claim.note && <p className="claim-note">{claim.note}</p>}
              {waiting && (
                <p className="help" role="status">
                  {t('orphans.reattachHint')}
                </p>
              )}
              <div className="orphan-actions">
                <button type="button" className="button" aria-pressed={waiting} onClick={() => onReattach(waiting ? null : claim.id)}>
                  {waiting ? t('orphans.reattachCancel') : t('orphans.reattach')}
                </button>
                <button type="button" className="button danger" onClick={() => onDelete(claim.id)}>
                  {t('claim.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
