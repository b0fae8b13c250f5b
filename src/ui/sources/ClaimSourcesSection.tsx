// The sources of one claim, shown in the claim detail: the derived status, each source with its
// stance and quote, and "Add source". An unsaved add-source form comes back open with its draft.
import { useState } from 'react';
import { deriveClaimStatus } from '../../core/claim-status';
import type { Claim, ClaimSource, Source } from '../../core/model';
import { claimSourceLinks, linkSource, unlinkSource } from '../../db/source-repository';
import { useApp } from '../app-context';
import { useLiveQuery } from '../use-live-query';
import { AddSourceForm, addSourceDraftKey } from './AddSourceForm';
import { ClaimStatusBadge } from './ClaimStatusBadge';
import { countText } from './count-text';
import { LinkedSourceItem } from './LinkedSourceItem';
import { sourceTitle } from './SourceSummary';
import { hasFormDraft } from './use-form-draft';
import './sources.css';

export function ClaimSourcesSection({ claim }: { claim: Claim }) {
  // Keyed by claim, so opening another claim starts from that claim's own state and draft.
  return <ClaimSources key={claim.id} claim={claim} />;
}

function ClaimSources({ claim }: { claim: Claim }) {
  const { db, t, notify } = useApp();
  const links = useLiveQuery(() => claimSourceLinks(db, claim.id), [db, claim.id]);
  const [adding, setAdding] = useState(() => hasFormDraft(addSourceDraftKey(claim.id)));
  const [announcement, setAnnouncement] = useState('');
  const [removed, setRemoved] = useState<{ link: ClaimSource; title: string } | null>(null);
  const headingId = `claim-sources-${claim.id}`;

  async function remove(link: ClaimSource, source: Source) {
    try {
      await unlinkSource(db, link.id);
      setRemoved({ link, title: sourceTitle(source, t('sources.untitled')) });
    } catch (error) {
      notify(t('error.generic', { message: (error as Error).message }), 'error');
    }
  }

  async function undoRemove() {
    if (!removed) return;
    try {
      await linkSource(db, removed.link.claimId, removed.link.sourceId, removed.link.stance, removed.link.quote);
      setRemoved(null);
    } catch (error) {
      notify(t('error.generic', { message: (error as Error).message }), 'error');
    }
  }

  const status = deriveClaimStatus((links ?? []).map(({ link }) => link.stance));

  return (
    <section className="claim-sources" aria-labelledby={headingId} aria-busy={links === undefined || undefined}>
      <div className="claim-sources-header">
        <h3 id={headingId}>{t('sources.section')}</h3>
        {links && (
          <p className="claim-sources-status" aria-live="polite">
            <span className="visually-hidden">{t('sources.status.label')}: </span>
            <ClaimStatusBadge status={status} />
            <span className="muted"> · {countText(t, 'sources.count', links.length)}</span>
          </p>
        )}
      </div>

      {links && links.length === 0 && !adding && <p className="muted">{t('sources.none')}</p>}
      {links && links.length > 0 && (
        <ul className="linked-sources">
          {links.map(({ link, source }) => (
            <LinkedSourceItem key={link.id} link={link} source={source} onRemove={(l, s) => void remove(l, s)} onSaved={setAnnouncement} />
          ))}
        </ul>
      )}

      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {removed && (
        <p className="notice undo-line" role="status">
          {t('sources.removed', { title: removed.title })}{' '}
          <button type="button" className="button small" onClick={() => void undoRemove()}>
            {t('sources.undo')}
          </button>
        </p>
      )}

      {adding ? (
        <AddSourceForm claimId={claim.id} onClose={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('sources.add')}
        </button>
      )}
    </section>
  );
}
