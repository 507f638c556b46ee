import { allows } from '../core/auth/access';
import type { MenuSection, PageEntry } from '../core/registry';

export interface MenuNode {
  key: string;
  label: string;
  section?: MenuSection;
  entry?: PageEntry;
  children?: MenuNode[];
}

/** The side menu for a user: entries they may open, grouped by section; empty sections disappear. */
export function buildMenu(pages: readonly PageEntry[], sections: readonly MenuSection[], roles: readonly string[]): MenuNode[] {
  const visible = pages.filter((p) => allows(p.access, roles));
  const nodes: MenuNode[] = [];
  const sectionNodes = new Map<string, MenuNode>();
  for (const p of visible) {
    if (p.menu === 'top') {
      nodes.push({ key: p.path, label: p.label, entry: p });
    } else {
      const section = sections.find((s) => s.key === p.menu);
      if (!section) continue; // 'user', 'none'
      let node = sectionNodes.get(section.key);
      if (!node) {
        node = { key: `section:${section.key}`, label: section.label, section, children: [] };
        sectionNodes.set(section.key, node);
      }
      node.children!.push({ key: p.path, label: p.label, entry: p });
    }
  }
  // sections keep the order of the sections list, after the top-level entries
  for (const s of sections) {
    const n = sectionNodes.get(s.key);
    if (n) nodes.push(n);
  }
  return nodes;
}

/** The registry entry a location belongs to: the longest path that matches (parameters allowed). */
export function matchEntry(pages: readonly PageEntry[], pathname: string): PageEntry | undefined {
  const fits = (pattern: string) => {
    if (pattern === '/') return pathname === '/';
    const re = new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/]+')}(/.*)?$`);
    return re.test(pathname);
  };
  return [...pages].filter((p) => fits(p.path)).sort((a, b) => b.path.length - a.path.length)[0];
}

/** The menu page a detail page belongs to: the longest page path that is a prefix of it (/customers for /customers/:id). */
export function parentEntry(pages: readonly PageEntry[], entry: PageEntry): PageEntry | undefined {
  return pages
    .filter((p) => p !== entry && p.menu !== 'none' && p.path !== '/' && entry.path.startsWith(`${p.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** Only same-app paths may be a redirect target after sign-in (no //evil.example, no http://...). */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\') || target.startsWith('/login')) return '/';
  return target;
}
