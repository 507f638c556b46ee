package org.openar.shared.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total count, as every list endpoint returns it. */
public record Page<T>(List<T> items, long total, int page, int size) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, long total, PageQuery q) {
    return new Page<>(items, total, q.page(), q.size());
  }

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), total, page, size);
  }
}
