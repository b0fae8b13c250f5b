// The keyboard map, opened with `?` or Help › Keyboard shortcuts.
import { useApp } from '../app-context';
import { Dialog } from './Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useApp();
  const rows: Array<[string, string]> = [
    [`${mod}+O`, t('shortcuts.import')],
    [`${mod}+Enter`, t('shortcuts.previewSave')],
    [`${mod}+E`, t('shortcuts.exportReport')],
    ['/', t('shortcuts.search')],
    ['?', t('shortcuts.help')],
    ['Esc', t('shortcuts.escape')],
    // Reading and tagging (the reader has no caret, so these select text by keyboard).
    ['1 / 2 / 3', t('shortcuts.tag')],
    ['N', t('shortcuts.note')],
    ['] / [ · Alt+↓ / Alt+↑', t('shortcuts.sentence')],
    ['} / { · Shift+Alt+↓ / ↑', t('shortcuts.extendSentence')],
    ['Shift+→ / Shift+←', t('shortcuts.extendCharacter')],
    [`${isMac ? '⌥' : 'Ctrl'}+Shift+→ / ←`, t('shortcuts.extendWord')],
    ['Shift+Home / Shift+End', t('shortcuts.extendBlock')],
    ['J / K · ↓ / ↑', t('shortcuts.claimsNext')],
    ['Enter', t('shortcuts.open')],
    ['Delete', t('shortcuts.delete')],
    [`${mod}+Z`, t('shortcuts.undo')],
    [`Shift+${mod}+Z`, t('shortcuts.redo')],
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
