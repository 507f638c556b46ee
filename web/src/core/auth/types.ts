import type { Language } from '../i18n/languages';
import type { Role } from './access';

/** The signed-in user (the server's identity.UserView; /auth/me adds `access` and `pendingApprovals`). */
export interface User {
  id: string;
  username: string;
  displayName: string | null;
  email: string | null;
  roles: Role[];
  language: Language | string | null;
  enabled: boolean;
  /** Names of the Access rules the user satisfies (from /auth/me). */
  access?: string[];
  /** Approvals waiting for this user's decision (from /auth/me): the inbox badge. */
  pendingApprovals?: number;
}
