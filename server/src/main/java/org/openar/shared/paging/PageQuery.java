package org.openar.shared.paging;

import java.util.Set;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;

/**
 * A page request: zero-based page, size (1..500), and an optional sort "field" or "-field" (descending) that must be
 * one of the fields the endpoint allows, so a sort can never reach SQL unchecked.
 */
public record PageQuery(int page, int size, String sortField, boolean descending) {

  public static final int MAX_SIZE = 500;

  public PageQuery {
    if (page < 0) {
      throw new OpenArException(SharedError.INVALID_PAGING, "page", page).onField("page");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new OpenArException(SharedError.INVALID_PAGING, "size", size).onField("size");
    }
  }

  /** Page and size as a request gives them: missing ones are the first page of 50. */
  public static PageQuery of(Integer page, Integer size) {
    return new PageQuery(page == null ? 0 : page, size == null ? 50 : size, null, false);
  }

  /** Parses "dueDate" / "-dueDate"; the field must be in {@code allowed}, else the default applies. */
  public static PageQuery of(Integer page, Integer size, String sort, Set<String> allowed, String defaultSort) {
    String s = sort == null || sort.isBlank() ? defaultSort : sort.trim();
    boolean desc = s != null && s.startsWith("-");
    String field = s == null ? null : (desc ? s.substring(1) : s);
    if (field != null && !allowed.contains(field)) {
      throw new OpenArException(SharedError.INVALID_PAGING, "sort", sort).onField("sort");
    }
    return new PageQuery(page == null ? 0 : page, size == null ? 50 : size, field, desc);
  }

  public long offset() {
    return (long) page * size;
  }
}
