import type { Language } from './languages';

/** A flat dictionary: "audit.filters.actor" -> "Actor". */
export type Messages = Record<string, string>;

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/**
 * Every folder's `i18n/<language>.json` is one namespace named after the folder that holds `i18n/`:
 * `src/modules/audit/i18n/en.json` with `{"title": "Audit log"}` gives the key `audit.title`.
 */
export function namespaceOf(path: string): string {
  const parts = path.split('/');
  const i = parts.lastIndexOf('i18n');
  if (i < 1) throw new Error(`not an i18n file: ${path}`);
  return parts[i - 1]!;
}

export function flatten(prefix: string, value: Json, out: Messages = {}): Messages {
  if (typeof value === 'string') {
    out[prefix] = value;
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(prefix ? `${prefix}.${k}` : k, v, out);
  } else {
    throw new Error(`i18n value at ${prefix} must be a string or an object`);
  }
  return out;
}

/** Merges the modules' files of one language (as import.meta.glob returns them) into one dictionary. */
export function mergeBundles(files: Record<string, unknown>): Messages {
  const out: Messages = {};
  for (const [path, content] of Object.entries(files)) {
    flatten(namespaceOf(path), content as Json, out);
  }
  return out;
}

/** Each language is its own chunk, loaded on demand; only the active language is downloaded. */
export async function loadMessages(lang: Language): Promise<Messages> {
  const mod = lang === 'zh-CN' ? await import('./bundle-zh-CN') : await import('./bundle-en');
  return mod.default;
}
