/** One page of a list endpoint (the server's shared.paging.Page). `page` is zero-based. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  /** false when `total` is the server's estimate of a large result (exact again near its end) */
  totalExact?: boolean;
}

/** Amounts travel as decimal strings with their currency: never a JS number. */
export interface Money {
  amount: string;
  currency: string;
}
