// Words and looks of tags and statuses, shared by the highlights, the toolbar and the Claims panel.
import { deriveClaimStatus } from '../../core/claim-status';
import { TAGS, type Claim, type ClaimSource, type ClaimStatus, type Tag } from '../../core/model';
import type { MarkLook } from '../../reader/ArticleReader';
import type { Translate } from '../app-context';

export function tagLabel(t: Translate, tag: Tag): string {
  return t(`tag.${tag}`);
}

export function statusLabel(t: Translate, status: ClaimStatus): string {
  return t(`status.${status}`);
}

export function claimStatus(links: readonly ClaimSource[] | undefined): ClaimStatus {
  return deriveClaimStatus((links ?? []).map((link) => link.stance));
}

/** Keys 1, 2, 3 in TAGS order. */
export const TAG_KEYS: Record<string, Tag> = { '1': TAGS[0], '2': TAGS[1], '3': TAGS[2] };

/** How a mark looks: the innermost claim's colour, and a title naming every claim under it. */
export function markLook(t: Translate) {
  return (ids: readonly string[], byId: ReadonlyMap<string, Claim>): MarkLook => {
    const claims = ids.flatMap((id) => {
      const claim = byId.get(id);
      return claim ? [claim] : [];
    });
    const tags = claims.map((claim) => claim.tag);
    const innermost = claims[claims.length - 1];
    const describe = (claim: Claim) => (claim.note ? `${tagLabel(t, claim.tag)}: ${claim.note}` : tagLabel(t, claim.tag));
    const title =
      claims.length > 1 ? t('claim.overlapTitle', { tags: claims.map(describe).join(' · ') }) : innermost ? describe(innermost) : '';
    return { tag: innermost?.tag ?? 'opinion', tags, title };
  };
}
