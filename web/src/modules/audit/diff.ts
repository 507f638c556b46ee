/** A field of an audited entity whose value differs between before and after. */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
  kind: 'added' | 'removed' | 'changed';
}

function parse(json: string | null): unknown {
  if (json === null || json === '') return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

function leaves(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, value);
    for (const [k, v] of entries) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    value.forEach((v, i) => leaves(v, `${prefix}[${i}]`, out));
  } else if (value !== undefined) {
    out.set(prefix, value); // scalars and arrays of scalars (roles) compare as a whole
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that changed, in a stable order (before's field order, then new fields). */
export function diffAudit(before: string | null, after: string | null): FieldChange[] {
  const b = leaves(parse(before), '', new Map());
  const a = leaves(parse(after), '', new Map());
  const changes: FieldChange[] = [];
  for (const [path, v] of b) {
    if (!a.has(path)) changes.push({ path, before: v, after: undefined, kind: 'removed' });
    else if (!same(v, a.get(path))) changes.push({ path, before: v, after: a.get(path), kind: 'changed' });
  }
  for (const [path, v] of a) {
    if (!b.has(path)) changes.push({ path, before: undefined, after: v, kind: 'added' });
  }
  return changes;
}

export function prettyJson(json: string | null): string {
  const v = parse(json);
  return v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v, null, 2);
}

/**
 * The server reports problems as English sentences; the known forms are translated, anything else is shown as sent.
 */
export function problemMessage(problem: string): { key: string; params: Record<string, string> } | null {
  let m = /^rows (\d+)\.\.(\d+) are missing \(deleted\)$/.exec(problem);
  if (m) return { key: 'audit.verify.problem.missing', params: { from: m[1]!, to: m[2]! } };
  m = /^row (\d+): previous-hash link is broken$/.exec(problem);
  if (m) return { key: 'audit.verify.problem.link', params: { row: m[1]! } };
  m = /^row (\d+): content was changed after it was written$/.exec(problem);
  if (m) return { key: 'audit.verify.problem.changed', params: { row: m[1]! } };
  m = /^the chain ends at row (\d+) but the head records row (\d+)/.exec(problem);
  if (m) return { key: 'audit.verify.problem.head', params: { last: m[1]!, head: m[2]! } };
  return null;
}
