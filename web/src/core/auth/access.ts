/**
 * The roles and the access rules of the server (shared.security.Role / Access.java), mirrored so the menu shows only
 * what a user may open. The API still enforces every rule; access.test.ts fails when this file and Access.java differ.
 */
export const ROLES = ['ADMIN', 'AR_CLERK', 'COLLECTOR', 'CREDIT_MANAGER', 'CONTROLLER', 'SALES_REP', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

/** `'*'`: any signed-in user. */
export type AccessRule = readonly Role[] | '*';

export const Access = {
  READ: '*',
  ADMIN: ['ADMIN'],
  MASTER_DATA: ['ADMIN', 'AR_CLERK', 'CREDIT_MANAGER'],
  POST_ITEMS: ['ADMIN', 'AR_CLERK'],
  POST_CASH: ['ADMIN', 'AR_CLERK'],
  IMPORT: ['ADMIN', 'AR_CLERK'],
  COLLECT: ['ADMIN', 'COLLECTOR', 'AR_CLERK'],
  CREDIT: ['ADMIN', 'CREDIT_MANAGER'],
  CONTROL: ['ADMIN', 'CONTROLLER'],
  REQUEST_APPROVAL: ['ADMIN', 'AR_CLERK', 'COLLECTOR', 'CREDIT_MANAGER', 'CONTROLLER'],
  DECIDE_APPROVAL: ['ADMIN', 'CONTROLLER', 'CREDIT_MANAGER'],
  AUDIT: ['ADMIN', 'AUDITOR', 'CONTROLLER'],
} as const satisfies Record<string, AccessRule>;

export function allows(rule: AccessRule | undefined, roles: readonly string[]): boolean {
  if (rule === undefined || rule === '*') return true;
  return rule.some((r) => roles.includes(r));
}
