import type { Money } from '../../core/api/types';

/**
 * An amount as a chart coordinate. Charts place bars; they never add or compare money, so a float is fine here, and
 * only here: every figure a user reads (tooltips, tables) is formatted from the exact decimal string.
 */
export function chartValue(m: Money): number {
  return Number(m.amount);
}

/** A decimal string of days ("34.5") as a chart coordinate; null stays a gap. */
export function chartDays(v: string | null): number | null {
  return v === null ? null : Number(v);
}
