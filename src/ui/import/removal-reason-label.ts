// The words on a removed block's chip in the cleanup preview, one message per RemovalReason.
import type { RemovalReason } from '../../import/extraction';
import type { MessageKey } from '../../i18n/messages';

export function removalReasonKey(reason: RemovalReason): MessageKey {
  return `preview.reason.${reason}`;
}
