import { App, Button, Dropdown } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useAuth } from '../core/auth/AuthProvider';
import { describeError } from '../core/api/describeError';
import { useI18n } from '../core/i18n/I18nProvider';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../core/i18n/languages';

/** 简体中文 / English, in the header and on the login page; remembered for the signed-in user. */
export function LanguageSwitch({ type = 'text' }: { type?: 'text' | 'default' }) {
  const { lang, t, switching } = useI18n();
  const { changeLanguage } = useAuth();
  const { message } = App.useApp();

  const choose = async (next: Language) => {
    if (next === lang) return;
    try {
      await changeLanguage(next);
    } catch (e) {
      message.error(describeError(e, t).title);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [lang],
        items: LANGUAGES.map((l) => ({ key: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> })),
        onClick: ({ key }) => void choose(key as Language),
      }}
    >
      <Button type={type} icon={<GlobalOutlined />} loading={switching} aria-label={t('app.language.switch')} data-testid="language-switch">
        <span lang={lang}>{LANGUAGE_NAMES[lang]}</span>
      </Button>
    </Dropdown>
  );
}
