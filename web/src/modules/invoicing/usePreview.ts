import { useEffect, useState } from 'react';
import { ApiError } from '../../core/api/problem';
import { invoicingApi, type InvoiceInput, type InvoicePreview } from './api';

export interface PreviewState {
  preview: InvoicePreview | null;
  /** Why the server could not compute it (the first message), or null. */
  problem: string | null;
  loading: boolean;
}

/**
 * Asks the server's preview for what the form would be, a moment after the user stops typing; an answer to an
 * outdated input is dropped. The last good preview stays on screen while a new one is computed or fails.
 */
export function usePreview(input: InvoiceInput | null, delayMs = 350): PreviewState {
  const [state, setState] = useState<PreviewState>({ preview: null, problem: null, loading: false });
  const key = input ? JSON.stringify(input) : '';

  useEffect(() => {
    if (!key) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, loading: true }));
      invoicingApi
        .preview(JSON.parse(key) as InvoiceInput, controller.signal)
        .then((preview) => setState({ preview, problem: null, loading: false }))
        .catch((e: unknown) => {
          if (controller.signal.aborted) return;
          const problem = e instanceof ApiError ? (e.fieldErrors[0]?.message ?? (e.detail || e.title)) : String(e);
          setState((s) => ({ ...s, problem, loading: false }));
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, delayMs]);

  return key ? state : { preview: null, problem: null, loading: false };
}
