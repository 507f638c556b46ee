// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/access';
import { LANGUAGES } from './languages';
import { flatten, mergeBundles, namespaceOf } from './messages';
import { createTranslator } from './translate';

// every i18n file of every module, as the bundles load them
const files = import.meta.glob<Record<string, unknown>>('/src/**/i18n/*.json', { eager: true, import: 'default' });
const SRC = join(__dirname, '..', '..');

function byFolder(): Map<string, Map<string, Record<string, string>>> {
  const folders = new Map<string, Map<string, Record<string, string>>>();
  for (const [path, content] of Object.entries(files)) {
    const folder = path.slice(0, path.lastIndexOf('/'));
    const lang = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    if (!folders.has(folder)) folders.set(folder, new Map());
    folders.get(folder)!.set(lang, flatten('', content as never));
  }
  return folders;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n files', () => {
  it('exist for both languages in every i18n folder, and nothing else is there', () => {
    const problems: string[] = [];
    for (const [folder, langs] of byFolder()) {
      for (const lang of LANGUAGES) if (!langs.has(lang)) problems.push(`${folder}/${lang}.json is missing`);
      for (const lang of langs.keys()) if (!LANGUAGES.includes(lang as never)) problems.push(`${folder}/${lang}.json: unknown language`);
    }
    expect(problems).toEqual([]);
    expect(byFolder().size).toBeGreaterThanOrEqual(5);
  });

  it('have the same keys in zh-CN and en, in every module', () => {
    const problems: string[] = [];
    for (const [folder, langs] of byFolder()) {
      const en = langs.get('en') ?? {};
      const zh = langs.get('zh-CN') ?? {};
      for (const k of Object.keys(en)) if (!(k in zh)) problems.push(`${folder}: "${k}" is in en but not in zh-CN`);
      for (const k of Object.keys(zh)) if (!(k in en)) problems.push(`${folder}: "${k}" is in zh-CN but not in en`);
    }
    expect(problems).toEqual([]);
  });

  it('are translated: no empty text, same placeholders in both languages, Chinese where Chinese is expected', () => {
    const problems: string[] = [];
    for (const [folder, langs] of byFolder()) {
      const en = langs.get('en') ?? {};
      const zh = langs.get('zh-CN') ?? {};
      for (const [k, v] of Object.entries(en)) {
        if (!v.trim()) problems.push(`${folder}: en "${k}" is empty`);
        const z = zh[k];
        if (z === undefined) continue;
        if (!z.trim()) problems.push(`${folder}: zh-CN "${k}" is empty`);
        if (placeholders(v).join() !== placeholders(z).join()) problems.push(`${folder}: "${k}" placeholders differ: ${v} / ${z}`);
        if (/[a-z]{4,}/i.test(v) && z === v && !/^[\w.-]+$/.test(v)) problems.push(`${folder}: zh-CN "${k}" is the English text`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('name their namespace after the folder that holds i18n/', () => {
    expect(namespaceOf('/src/modules/audit/i18n/en.json')).toBe('audit');
    expect(namespaceOf('/src/core/i18n/zh-CN.json')).toBe('core');
    expect(Object.keys(mergeBundles({ '/src/modules/x/i18n/en.json': { a: { b: 'c' } } }))).toEqual(['x.a.b']);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'test' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('message keys used in the code', () => {
  const en = mergeBundles(Object.fromEntries(Object.entries(files).filter(([p]) => p.endsWith('/en.json'))));
  const zh = mergeBundles(Object.fromEntries(Object.entries(files).filter(([p]) => p.endsWith('/zh-CN.json'))));
  const exists = (dict: Record<string, string>, key: string) => key in dict || `${key}_other` in dict;

  it('all exist in both languages (t("..."), registry labels and descriptions)', () => {
    const used = new Set<string>();
    const patterns = [/\bt\(\s*['"]([a-zA-Z][\w.-]*)['"]/g, /\b(?:label|description):\s*['"]([a-z][\w-]*\.[\w.-]+)['"]/g, /\bt\(\s*\w+\s*\?\s*'([\w.-]+)'\s*:\s*'([\w.-]+)'/g];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const re of patterns) for (const m of text.matchAll(re)) m.slice(1).forEach((k) => k && used.add(`${relative(SRC, file)}|${k}`));
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((u) => {
      const key = u.split('|')[1]!;
      return !exists(en, key) || !exists(zh, key);
    });
    expect(missing).toEqual([]);
  });

  it('cover every role name', () => {
    for (const r of ROLES) {
      expect(en[`core.roles.${r}`]).toBeTruthy();
      expect(zh[`core.roles.${r}`]).toBeTruthy();
    }
  });
});

describe('translate', () => {
  const t = createTranslator('en', { 'x.rows_one': '{count} row', 'x.rows_other': '{count} rows', 'x.hi': 'Hello, {name}' });
  const tz = createTranslator('zh-CN', { 'x.rows_one': '{count} 行', 'x.rows_other': '共 {count} 行' });

  it('fills placeholders and chooses the plural form', () => {
    expect(t('x.hi', { name: 'Li Lei' })).toBe('Hello, Li Lei');
    expect(t('x.rows', { count: 1 })).toBe('1 row');
    expect(t('x.rows', { count: 12345 })).toBe('12,345 rows');
    expect(tz('x.rows', { count: 1 })).toBe('共 1 行');
  });

  it('shows the key of a missing message rather than nothing', () => {
    expect(t('x.nope')).toBe('x.nope');
  });
});
