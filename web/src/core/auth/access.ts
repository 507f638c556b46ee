import { ACCESS_RULES, ROLES } from './access.generated';

/**
 * The roles and access rules of the server (shared.security.Role / Access.java), generated from the Java sources by
 * scripts/gen-access.mjs on every build, test and dev start, so the menu shows exactly what the API allows. The API
 * still enforces every rule; a page names the same constant as its controller's @PreAuthorize.
 */
export { ROLES };
export type Role = (typeof ROLES)[number];

/** `'*'`: any signed-in user. */
export type AccessRule = readonly Role[] | '*';

export const Access = ACCESS_RULES satisfies Record<string, AccessRule>;

export function allows(rule: AccessRule | undefined, roles: readonly string[]): boolean {
  if (rule === undefined || rule === '*') return true;
  return rule.some((r) => roles.includes(r));
}
