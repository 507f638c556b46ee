import { Button, Input, Space, Tooltip } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useT } from '../../../core/i18n/I18nProvider';
import { generatePassword } from '../api';

/** A password input with a "generate" button (the generated one is shown in clear text to hand it over). */
export function PasswordField({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const t = useT();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input.Password id={id} value={value} onChange={(e) => onChange?.(e.target.value)} autoComplete="new-password" />
      <Tooltip title={t('users.password.generate')}>
        <Button icon={<ThunderboltOutlined />} onClick={() => onChange?.(generatePassword())} aria-label={t('users.password.generate')} />
      </Tooltip>
    </Space.Compact>
  );
}
