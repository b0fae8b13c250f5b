// One claim opened in the Claims panel: its tag, note, sources (with the status) and delete.
import { TAGS, type Claim } from '../../core/model';
import { useApp } from '../app-context';
import { ClaimSourcesSection } from '../sources/ClaimSourcesSection';
import { ClaimNoteField } from './ClaimNoteField';
import { tagLabel } from './tag-look';

export interface ClaimDetailProps {
  claim: Claim;
  focusNote: boolean;
  onRetag: (tag: Claim['tag']) => void;
  onNote: (note: string) => Promise<void>;
  onDelete: () => void;
}

export function ClaimDetail({ claim, focusNote, onRetag, onNote, onDelete }: ClaimDetailProps) {
  const { t, locale } = useApp();
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
      {/* The status shows in the claim's heading just above, and with the sources. */}
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
