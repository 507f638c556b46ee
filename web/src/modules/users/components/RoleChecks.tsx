import { Checkbox, Space, Typography } from 'antd';
import { ROLES, type Role } from '../../../core/auth/access';
import { useT } from '../../../core/i18n/I18nProvider';

/** The seven roles as checkboxes, each with one line saying what it may do. */
export function RoleChecks({ value = [], onChange, disabledRoles = [] }: { value?: Role[]; onChange?: (roles: Role[]) => void; disabledRoles?: Role[] }) {
  const t = useT();
  return (
    <Checkbox.Group value={value} onChange={(v) => onChange?.(v as Role[])} style={{ width: '100%' }}>
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        {ROLES.map((r) => (
          <Checkbox key={r} value={r} disabled={disabledRoles.includes(r)}>
            <Typography.Text strong>{t(`core.roles.${r}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`users.roleHelp.${r}`)}</Typography.Text>
          </Checkbox>
        ))}
      </Space>
    </Checkbox.Group>
  );
}
