import type { Language } from './languages';
import type { Messages } from './messages';

export type Params = Record<string, string | number | null | undefined>;
export type Translate = (key: string, params?: Params) => string;

const missingReported = new Set<string>();

/**
 * `{name}` placeholders; numbers are formatted for the language. When `params.count` is a number, the key
 * `<key>_<plural category>` (`_one`, `_other`) is preferred, so English gets "1 row" / "2 rows".
 */
export function createTranslator(lang: Language, messages: Messages): Translate {
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  return (key, params) => {
    let template: string | undefined;
    if (params && typeof params.count === 'number') {
      template = messages[`${key}_${plural.select(params.count)}`] ?? messages[`${key}_other`];
    }
    template ??= messages[key];
    if (template === undefined) {
      if (!missingReported.has(`${lang}:${key}`)) {
        missingReported.add(`${lang}:${key}`);
        console.warn(`[i18n] missing ${lang} message: ${key}`);
      }
      return key;
    }
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      if (v === undefined || v === null) return whole;
      return typeof v === 'number' ? number.format(v) : v;
    });
  };
}
