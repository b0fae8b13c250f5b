// The Library's "Import pack…" button.
import { useState } from 'react';
import { useApp } from '../app-context';
import { pickAndImportPacks } from './import-packs';

export function ImportPackButton() {
  const services = useApp();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      aria-busy={busy || undefined}
      onClick={() => {
        setBusy(true);
        void pickAndImportPacks(services).finally(() => setBusy(false));
      }}
    >
      {services.t('pack.import')}
    </button>
  );
}
