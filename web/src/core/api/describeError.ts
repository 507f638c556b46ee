import type { Translate } from '../i18n/translate';
import { ApiError, CLIENT_CODES } from './problem';

/** Title and detail to show for any failure: the server's translated problem+json, else our own words. */
export function describeError(error: unknown, t: Translate): { title: string; detail: string } {
  if (error instanceof ApiError) {
    if (error.title || error.detail) return { title: error.title || t('core.errors.generic'), detail: error.detail };
    if (error.code === CLIENT_CODES.network) return { title: t('core.errors.network'), detail: t('core.errors.networkDetail') };
    return { title: t('core.errors.http', { status: error.status }), detail: t('core.errors.retryLater') };
  }
  return { title: t('core.errors.generic'), detail: error instanceof Error ? error.message : String(error) };
}
