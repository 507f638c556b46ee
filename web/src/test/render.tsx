import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { MemoryRouter } from 'react-router';
import en from '../core/i18n/bundle-en';
import zh from '../core/i18n/bundle-zh-CN';
import { I18nProvider } from '../core/i18n/I18nProvider';
import type { Language } from '../core/i18n/languages';

/** Renders with the real message bundles, antd's locale and a router, as the app does. */
export function renderApp(ui: ReactElement, { lang = 'en', route = '/' }: { lang?: Language; route?: string } = {}) {
  const antdLocale = lang === 'zh-CN' ? zhCN : enUS;
  return render(
    <I18nProvider initial={{ lang, messages: lang === 'zh-CN' ? zh : en, antdLocale }}>
      <ConfigProvider locale={antdLocale}>
        <AntApp>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </AntApp>
      </ConfigProvider>
    </I18nProvider>,
  );
}
