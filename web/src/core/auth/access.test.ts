// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Access, ROLES, allows } from './access';

const JAVA = join(__dirname, '../../../../server/src/main/java/org/openar/shared/security');

/** Parses `public static final String X = "hasAnyRole('A','B')";` from Access.java. */
function javaAccess(): Record<string, string[] | '*'> {
  const text = readFileSync(join(JAVA, 'Access.java'), 'utf8');
  const out: Record<string, string[] | '*'> = {};
  for (const m of text.matchAll(/public static final String (\w+) = "([^"]+)";/g)) {
    const expr = m[2]!;
    out[m[1]!] = expr === 'isAuthenticated()' ? '*' : [...expr.matchAll(/'(\w+)'/g)].map((r) => r[1]!);
  }
  return out;
}

describe('access rules', () => {
  it('mirror the server’s Access.java exactly', () => {
    const server = javaAccess();
    expect(Object.keys(server).length).toBeGreaterThan(5);
    const mirrored = Object.fromEntries(Object.entries(Access).map(([k, v]) => [k, v === '*' ? '*' : [...v]]));
    expect(mirrored).toEqual(server);
  });

  it('know every role of Role.java', () => {
    const text = readFileSync(join(JAVA, 'Role.java'), 'utf8');
    const body = /enum Role\s*\{([^;]*);/.exec(text)![1]!;
    expect([...ROLES]).toEqual(body.split(',').map((s) => s.trim()).filter(Boolean));
  });

  it('allow by role', () => {
    expect(allows(Access.AUDIT, ['AUDITOR'])).toBe(true);
    expect(allows(Access.AUDIT, ['AR_CLERK', 'SALES_REP'])).toBe(false);
    expect(allows(Access.READ, [])).toBe(true);
    expect(allows(undefined, ['SALES_REP'])).toBe(true);
  });
});
