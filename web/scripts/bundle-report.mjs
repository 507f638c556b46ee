// Prints the production bundle's sizes from dist/ (run after `vite build`): what the first load downloads (the entry
// and everything index.html preloads) and what each lazily loaded page adds, raw and gzip (level 6, as the server
// compresses). Usage: node scripts/bundle-report.mjs [--markdown]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const size = (file) => {
  const buf = readFileSync(join(dist, file));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 6 }).length };
};
const kb = (n) => (n / 1024).toFixed(1);

function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imp of chunk.imports ?? []) closure(imp, seen);
  return seen;
}
const filesOf = (keys) => {
  const files = new Set();
  for (const k of keys) {
    files.add(manifest[k].file);
    for (const css of manifest[k].css ?? []) files.add(css);
  }
  return files;
};
const total = (files) => [...files].reduce((s, f) => { const z = size(f); return { raw: s.raw + z.raw, gzip: s.gzip + z.gzip }; }, { raw: 0, gzip: 0 });

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const initial = filesOf(closure(entryKey));
const js = total([...initial].filter((f) => f.endsWith('.js')));
const css = total([...initial].filter((f) => f.endsWith('.css')));
const all = total(new Set(Object.values(manifest).flatMap((c) => [c.file, ...(c.css ?? [])])));

const rows = [['initial JS (entry + preloaded chunks)', js], ['initial CSS', css], ['everything (all chunks)', all]];
const pages = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && /pages\/\w+Page\.tsx$/.test(k));
for (const p of pages) {
  const extra = [...filesOf(closure(p))].filter((f) => !initial.has(f));
  rows.push([`+ ${p.replace(/^src\/modules\//, '')} on first visit`, total(extra)]);
}
for (const lang of ['bundle-en', 'bundle-zh-CN']) {
  const k = Object.keys(manifest).find((x) => x.includes(lang));
  if (k) rows.push([`+ messages ${lang.slice(7)} (one language loads)`, total(filesOf(new Set([k])))]);
}
const md = process.argv.includes('--markdown');
if (md) {
  console.log('| part | raw KB | gzip KB |\n|---|---:|---:|');
  for (const [name, s] of rows) console.log(`| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
} else {
  for (const [name, s] of rows) console.log(`${name.padEnd(58)} ${kb(s.raw).padStart(8)} KB  ${kb(s.gzip).padStart(7)} KB gzip`);
}
