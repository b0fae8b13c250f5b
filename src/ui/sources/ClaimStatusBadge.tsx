// A claim's derived status as a small labelled badge; colour and a symbol both carry the meaning.
import type { ClaimStatus } from '../../core/model';
import { useApp } from '../app-context';
import './sources.css';

const SYMBOLS: Record<ClaimStatus, string> = { supported: '✓', contested: '⚠', 'no-evidence': '○' };

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  const { t } = useApp();
  return (
    <span className={`claim-status claim-status-${status}`} data-status={status}>
      <span aria-hidden="true">{SYMBOLS[status]}</span> {t(`sources.status.${status}`)}
    </span>
  );
}
