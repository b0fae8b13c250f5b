// One claim opened in the Claims panel: its tag, note, status, sources and delete.
import { TAGS, type Claim, type ClaimSource } from '../../core/model';
import { useApp } from '../app-context';
import { ClaimSourcesSection } from '../sources/ClaimSourcesSection';
import { ClaimNoteField } from './ClaimNoteField';
import { claimStatus, statusLabel, tagLabel } from './tag-look';

export interface ClaimDetailProps {
  claim: Claim;
  links: readonly ClaimSource[] | undefined;
  focusNote: boolean;
  onRetag: (tag: Claim['tag']) => void;
  onNote: (note: string) => Promise<void>;
  onDelete: () => void;
}

export function ClaimDetail({ claim, links, focusNote, onRetag, onNote, onDelete }: ClaimDetailProps) {
  const { t, locale } = useApp();
  const status = claimStatus(links);
  const created = new Date(claim.createdAt);
  return (
    <div className="claim-detail" role="group" aria-label={t('claim.detail')}>
      <div className="claim-detail-tags" role="group" aria-label={t('claim.tag')}>
        {TAGS.map((tag) => (
          <button key={tag} type="button" className="tag-button" data-tag={tag} aria-pressed={claim.tag === tag} onClick={() => onRetag(tag)}>
            <span className="tag-swatch" aria-hidden="true" />
            {tagLabel(t, tag)}
          </button>
        ))}
      </div>
      <ClaimNoteField id={`note-${claim.id}`} label={t('claim.note')} savedLabel={t('claim.noteSaved')} note={claim.note} autoFocus={focusNote} onSave={onNote} />
      <p className="claim-detail-status">
        <span className="muted">{t('claim.status')}: </span>
        <span className="status-chip" data-status={status}>
          {statusLabel(t, status)}
        </span>
      </p>
      <ClaimSourcesSection claim={claim} />
      <p className="muted claim-detail-meta">
        {t('claim.annotator', { annotator: claim.annotator })}
        {Number.isNaN(created.getTime()) ? '' : ` · ${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(created)}`}
      </p>
      <button type="button" className="button danger" onClick={onDelete}>
        {t('claim.delete')}
      </button>
    </div>
  );
}
