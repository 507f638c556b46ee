import { Access } from '../core/auth/access';
import type { SlotEntry } from '../core/slots';

/**
 * Components one module contributes to another module's page (see core/slots.tsx). Add a line here; the host page
 * renders it without importing the contributing module.
 */

/** What a contribution to the customer 360° page gets: the customer on screen. */
export interface CustomerSlotProps {
  customer: { id: string; companyId: string; code: string; nameZh: string | null; nameEn: string | null };
}

/**
 * Buttons in the customer 360° page's header, after Edit. The statement-of-account PDF download (reporting) goes here:
 * `{ key: 'statement-pdf', access: Access.READ, load: () => import('./reporting/components/StatementButton') }`.
 */
export const customerHeaderActions: SlotEntry<CustomerSlotProps>[] = [
  { key: 'collections', access: Access.READ, load: () => import('./collections/components/CustomerCollectionsLink') },
];
