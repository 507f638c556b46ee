import { useEffect, useRef } from 'react';
import { App, Card, Descriptions, Radio, Space, Tag, Typography } from 'antd';
import { useAuth } from '../../../core/auth/AuthProvider';
import { describeError } from '../../../core/api/describeError';
import { PageHeader } from '../../../core/components/PageHeader';
import { useI18n } from '../../../core/i18n/I18nProvider';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../core/i18n/languages';

/** My account: who I am and my language (saved on the server, so it follows me to any browser). */
export default function AccountPage() {
  const { t, lang, switching } = useI18n();
  const { user, changeLanguage } = useAuth();
  const { message } = App.useApp();
  // confirmed once the page speaks the new language, so the confirmation is in that language too
  const confirmSaved = useRef(false);
  useEffect(() => {
    if (confirmSaved.current) {
      confirmSaved.current = false;
      message.success(t('account.languageSaved'));
    }
  }, [t, message]);

  const onLanguage = async (next: Language) => {
    try {
      confirmSaved.current = true;
      await changeLanguage(next);
    } catch (e) {
      confirmSaved.current = false;
      message.error(describeError(e, t).title);
    }
  };

  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('account.profile')}</h2>}>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
            <Descriptions.Item label={t('account.username')}>{user?.username}</Descriptions.Item>
            <Descriptions.Item label={t('account.displayName')}>{user?.displayName || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('account.email')}>{user?.email || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('account.roles')}>
              <Space size={[4, 4]} wrap>
                {(user?.roles ?? []).map((r) => (
                  <Tag key={r} color="blue">{t(`core.roles.${r}`)}</Tag>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={<h2 id="language-heading" style={{ fontSize: 16, margin: 0 }}>{t('account.language')}</h2>}>
          <Typography.Paragraph type="secondary">{t('account.languageHelp')}</Typography.Paragraph>
          <Radio.Group
            aria-labelledby="language-heading"
            value={lang}
            disabled={switching}
            optionType="button"
            buttonStyle="solid"
            onChange={(e) => void onLanguage(e.target.value as Language)}
            options={LANGUAGES.map((l) => ({ value: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> }))}
          />
        </Card>
      </Space>
    </>
  );
}
