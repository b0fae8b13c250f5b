// The sources of one claim, shown in the claim detail: each with its stance, and a way to add one.
import type { Claim } from '../../core/model';
import { useApp } from '../app-context';
import { useLiveQuery } from '../use-live-query';

export function ClaimSourcesSection({ claim }: { claim: Claim }) {
  const { db } = useApp();
  const count = useLiveQuery(() => db.claimSources.where('claimId').equals(claim.id).count(), [db, claim.id]);
  return (
    <section className="claim-sources" aria-label="Sources">
      <p className="muted">{count === undefined ? '' : `${count} source(s)`}</p>
    </section>
  );
}
