// One claim in the Claims panel list: a button showing tag, quote, note, sources and status, which
// opens the claim's detail right below it.
import { memo } from 'react';
import type { Claim, ClaimSource } from '../../core/model';
import type { Translate } from '../app-context';
import { ClaimDetail } from './ClaimDetail';
import { claimStatus, statusLabel, tagLabel } from './tag-look';

export interface ClaimItemProps {
  claim: Claim;
  links: readonly ClaimSource[] | undefined;
  /** The claim's latest change is still being written. */
  saving: boolean;
  open: boolean;
  tabbable: boolean;
  focusNote: boolean;
  t: Translate;
  onActivate: (claimId: string) => void;
  onFocusItem: (claimId: string) => void;
  onRetag: (claimId: string, tag: Claim['tag']) => void;
  onNote: (claimId: string, note: string) => Promise<void>;
  onDelete: (claimId: string) => void;
}

export const ClaimItem = memo(function ClaimItem({
  claim,
  links,
  saving,
  open,
  tabbable,
  focusNote,
  t,
  onActivate,
  onFocusItem,
  onRetag,
  onNote,
  onDelete,
}: ClaimItemProps) {
  const status = claimStatus(links);
  const sources = links?.length ?? 0;
  return (
    <li className="claim-item" data-tag={claim.tag} data-open={open || undefined}>
      <button
        type="button"
        className="claim-item-head"
        data-claim-id={claim.id}
        aria-expanded={open}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onActivate(claim.id)}
        onFocus={() => onFocusItem(claim.id)}
      >
        <span className="tag-chip" data-tag={claim.tag}>
          {tagLabel(t, claim.tag)}
        </span>
        <span className="claim-quote">{claim.selectors.quote.exact}</span>
        {claim.note && (
          <span className="claim-note">
            <span className="visually-hidden">{t('claims.noteLabel')}: </span>
            {claim.note}
          </span>
        )}
        <span className="claim-meta">
          <span>{t('claims.sources', { count: sources })}</span>
          <span className="status-chip" data-status={status}>
            {statusLabel(t, status)}
          </span>
          {saving && <span className="saving">{t('claims.saving')}</span>}
        </span>
      </button>
      {open && (
        <ClaimDetail
          claim={claim}
          focusNote={focusNote}
          onRetag={(tag) => onRetag(claim.id, tag)}
          onNote={(note) => onNote(claim.id, note)}
          onDelete={() => onDelete(claim.id)}
        />
      )}
    </li>
  );
});
