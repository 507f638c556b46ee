package org.openar.shared.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results with the total count, as every list endpoint returns it. {@code totalExact} is false when the
 * total is an estimate (see {@link Totals}): then it is at least every row up to the next {@link Totals#EXACT_UP_TO}
 * after this page, so the pager always reaches the next rows, and it turns exact once the end is that near.
 */
public record Page<T>(List<T> items, long total, int page, int size, boolean totalExact) {

  public Page {
    items = List.copyOf(items);
  }

  public Page(List<T> items, long total, int page, int size) {
    this(items, total, page, size, true);
  }

  public static <T> Page<T> of(List<T> items, long total, PageQuery q) {
    return new Page<>(items, total, q.page(), q.size());
  }

  public static <T> Page<T> of(List<T> items, Totals.Total total, PageQuery q) {
    return new Page<>(items, total.value(), q.page(), q.size(), total.exact());
  }

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), total, page, size, totalExact);
  }
}
