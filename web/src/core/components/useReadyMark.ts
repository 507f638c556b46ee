import { useEffect } from 'react';

/**
 * Marks the moment the first real screen (login form or app shell) is on the page, once per load, as the
 * `openar:ready` performance mark; the end-to-end tests read it to measure the first page load.
 */
export function useReadyMark(): void {
  useEffect(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName('openar:ready').length === 0) {
      performance.mark('openar:ready');
    }
  }, []);
}
