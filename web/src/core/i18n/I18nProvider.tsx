import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Locale as AntdLocale } from 'antd/es/locale';
import dayjs from 'dayjs';
import { setApiLanguage } from '../api/client';
import type { Language } from './languages';
import { loadMessages, type Messages } from './messages';
import { createTranslator, type Translate } from './translate';

export interface LanguageResources {
  lang: Language;
  messages: Messages;
  antdLocale: AntdLocale;
}

/** Messages, antd's locale and dayjs's locale of one language, loaded in parallel (each its own small chunk). */
export async function loadLanguage(lang: Language): Promise<LanguageResources> {
  const [messages, antdLocale] = await Promise.all([
    loadMessages(lang),
    lang === 'zh-CN' ? import('antd/es/locale/zh_CN').then((m) => m.default) : import('antd/es/locale/en_US').then((m) => m.default),
    lang === 'zh-CN' ? import('dayjs/locale/zh-cn') : Promise.resolve(),
  ]);
  return { lang, messages, antdLocale };
}

/** Makes a loaded language the active one outside React: API Accept-Language, dayjs, <html lang>. */
export function activate(lang: Language): void {
  setApiLanguage(lang);
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export interface I18n {
  lang: Language;
  t: Translate;
  antdLocale: AntdLocale;
  /** Loads and switches; resolves once every label on screen is in the new language. */
  setLanguage: (lang: Language) => Promise<void>;
  switching: boolean;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ initial, children }: { initial: LanguageResources; children: ReactNode }) {
  const [resources, setResources] = useState(initial);
  const [switching, setSwitching] = useState(false);
  const pending = useRef<Language | null>(null);

  const setLanguage = useCallback(async (lang: Language) => {
    pending.current = lang;
    setSwitching(true);
    try {
      const next = await loadLanguage(lang);
      if (pending.current !== lang) return; // a later switch won
      activate(lang);
      setResources(next);
    } finally {
      if (pending.current === lang) setSwitching(false);
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang: resources.lang,
      t: createTranslator(resources.lang, resources.messages),
      antdLocale: resources.antdLocale,
      setLanguage,
      switching,
    }),
    [resources, setLanguage, switching],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside <I18nProvider>');
  return ctx;
}

/** Shorthand for components that only need labels. */
export function useT(): Translate {
  return useI18n().t;
}
