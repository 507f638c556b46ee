import { App as AntApp, ConfigProvider } from 'antd';
import { RouterProvider } from 'react-router';
import { I18nProvider, useI18n, type LanguageResources } from '../core/i18n/I18nProvider';
import { router } from './routes';

const FONT =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif';

function Themed() {
  const { antdLocale } = useI18n();
  return (
    <ConfigProvider locale={antdLocale} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6, fontFamily: FONT } }}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function App({ initial }: { initial: LanguageResources }) {
  return (
    <I18nProvider initial={initial}>
      <Themed />
    </I18nProvider>
  );
}
