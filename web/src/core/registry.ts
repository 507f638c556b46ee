import type { ComponentType } from 'react';
import type { AccessRule } from './auth/access';
import type { User } from './auth/types';

/** A side-menu group ("Receivables", "Administration"); shown only when the user may open one of its pages. */
export interface MenuSection {
  key: string;
  /** i18n key of the group's label */
  label: string;
  icon: ComponentType;
}

/** One page of the app: its route, who may open it, where the menu shows it, and its lazily loaded component. */
export interface PageEntry {
  /** Route path; may contain parameters (`/customers/:id`). */
  path: string;
  /** i18n key of the page's name (menu entry, browser tab title). */
  label: string;
  /** i18n key of one line saying what the page is for (home page shortcuts). */
  description?: string;
  icon?: ComponentType;
  /** Roles that may open it (mirror of the API's @PreAuthorize); omitted = any signed-in user. */
  access?: AccessRule;
  /**
   * Where the page appears: a MenuSection key, `top` (top level of the side menu), `user` (the user menu in the
   * header) or `none` (reached by links only, e.g. detail pages).
   */
  menu: string;
  /** `() => import('./module/pages/XyzPage')`: every page is its own chunk, loaded when first opened. */
  load: () => Promise<{ default: ComponentType }>;
  /** A count shown beside the menu entry (and summed on its section), e.g. approvals waiting for the user. */
  badge?: (user: User) => number | undefined;
}
