/** The two languages OpenAR speaks (the server's Locales.java: anything Chinese is zh-CN, everything else English). */
export type Language = 'zh-CN' | 'en';

export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

/** Names shown in the language switch, each in its own language. */
export const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

export const STORAGE_KEY = 'openar.language';

export function normalizeLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase().replace('_', '-');
  if (t === '') return null;
  return t === 'zh' || t.startsWith('zh-') ? 'zh-CN' : 'en';
}

/** The browser's preferred language: the first of navigator.languages that we can map, English otherwise. */
export function browserLanguage(languages: readonly string[] | undefined = globalThis.navigator?.languages): Language {
  for (const l of languages ?? []) {
    const n = normalizeLanguage(l);
    if (n) return n;
  }
  return 'en';
}

/** Before sign-in: a language chosen explicitly on this device wins, else the browser's. */
export function initialLanguage(): Language {
  try {
    const stored = normalizeLanguage(globalThis.localStorage?.getItem(STORAGE_KEY));
    if (stored) return stored;
  } catch {
    // storage disabled (privacy mode): fall through to the browser language
  }
  return browserLanguage();
}

export function rememberLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // not fatal: the server remembers the signed-in user's language anyway
  }
}
