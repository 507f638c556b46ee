import type { Language } from '../i18n/languages';
import type { Role } from './access';

/** The signed-in user (the server's identity.UserView). */
export interface User {
  id: string;
  username: string;
  displayName: string | null;
  email: string | null;
  roles: Role[];
  language: Language | string | null;
  enabled: boolean;
}
