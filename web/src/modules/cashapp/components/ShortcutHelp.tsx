import { Modal, Typography } from 'antd';
import { useT } from '../../../core/i18n/I18nProvider';

const KEYS: [string[], string][] = [
  [['j', '↓'], 'next'],
  [['k', '↑'], 'prev'],
  [['Enter'], 'accept'],
  [['1', '…', '9'], 'acceptN'],
  [['s'], 'split'],
  [['a'], 'onAccount'],
  [['x'], 'notAr'],
  [['u'], 'undo'],
  [['?'], 'help'],
];

/** The keyboard shortcuts of the reconciliation screen. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('cashapp.reconcile.shortcuts.title')}>
      <table style={{ width: '100%' }} data-testid="shortcut-help">
        <tbody>
          {KEYS.map(([keys, action]) => (
            <tr key={action}>
              <td style={{ padding: '4px 12px 4px 0', whiteSpace: 'nowrap' }}>
                {keys.map((k) => <Typography.Text keyboard key={k}>{k}</Typography.Text>)}
              </td>
              <td>{t(`cashapp.reconcile.shortcuts.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
