import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../../core/auth/AuthProvider';
import { allows } from '../../../core/auth/access';
import { todayIso } from '../../../core/format/dates';
import { useFormat } from '../../../core/format/useFormat';
import { useT } from '../../../core/i18n/I18nProvider';
import { pages } from '../../registry';

function greetingKey(hour: number): string {
  if (hour < 12) return 'home.greeting.morning';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}

/** The workbench: who is signed in, today's date, and the functions this user's roles open. */
export default function HomePage() {
  const t = useT();
  const fmt = useFormat();
  const { user } = useAuth();
  const roles = user?.roles ?? [];
  const shortcuts = pages.filter((p) => p.path !== '/' && !p.path.includes(':') && allows(p.access, roles));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t(greetingKey(new Date().getHours()), { name: user?.displayName || user?.username || '' })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 12px' }}>
          {t('home.today', { date: fmt.date(todayIso(), 'long') })}
        </Typography.Paragraph>
        <Space size={[6, 6]} wrap aria-label={t('home.roles')}>
          <Typography.Text type="secondary">{t('home.roles')}:</Typography.Text>
          {roles.map((r) => (
            <Tag color="blue" key={r}>{t(`core.roles.${r}`)}</Tag>
          ))}
        </Space>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('home.shortcuts')}</h2>}>
        <Row gutter={[16, 16]}>
          {shortcuts.map((p) => (
            <Col key={p.path} xs={24} sm={12} lg={8} xl={6}>
              <Link to={p.path} aria-label={t(p.label)}>
                <Card hoverable size="small" style={{ height: '100%' }}>
                  <Space align="start">
                    {p.icon && <span style={{ fontSize: 22, color: '#1677ff' }}><p.icon /></span>}
                    <div>
                      <Typography.Text strong>{t(p.label)}</Typography.Text>
                      {p.description && <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>{t(p.description)}</Typography.Paragraph>}
                    </div>
                  </Space>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
    </Space>
  );
}
