// The keyboard map, opened with `?` or Help › Keyboard shortcuts.
import { useApp } from '../app-context';
import { Dialog } from './Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useApp();
  const rows: Array<[string, string]> = [
    [`${mod}+O`, t('shortcuts.import')],
    [`${mod}+E`, t('shortcuts.exportReport')],
    ['/', t('shortcuts.search')],
    ['?', t('shortcuts.help')],
    ['Esc', t('shortcuts.escape')],
  ];
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} closeLabel={t('dialog.close')}>
      <table className="shortcuts">
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
