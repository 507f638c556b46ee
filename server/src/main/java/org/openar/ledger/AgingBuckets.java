package org.openar.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.openar.shared.error.OpenArException;

/**
 * Aging buckets given by their upper bounds in days past the basis date. Bounds {@code 30,60,90,180} (the default) give
 * the buckets current (not yet past the basis date), 1–30, 31–60, 61–90, 91–180 and >180. This is the one bucketing
 * rule of OpenAR: the SQL aging report and the Java reconstruction both use {@link #indexOf}.
 */
public record AgingBuckets(List<Integer> bounds) {

  public static final AgingBuckets DEFAULT = new AgingBuckets(List.of(30, 60, 90, 180));
  private static final int MAX_BOUNDS = 20;
  private static final int MAX_DAYS = 36_600;

  public AgingBuckets {
    bounds = List.copyOf(bounds);
    if (bounds.isEmpty() || bounds.size() > MAX_BOUNDS) {
      throw invalid(bounds);
    }
    int previous = 0;
    for (int b : bounds) {
      if (b <= previous || b > MAX_DAYS) {
        throw invalid(bounds);
      }
      previous = b;
    }
  }

  /** Parses {@code "30,60,90,180"}; null or blank gives the default. */
  public static AgingBuckets parse(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT;
    }
    List<Integer> bounds = new ArrayList<>();
    for (String part : text.split(",")) {
      try {
        bounds.add(Integer.parseInt(part.trim()));
      } catch (NumberFormatException e) {
        throw new OpenArException(LedgerError.LEDGER_INVALID_AGING_BUCKETS, text).onField("buckets");
      }
    }
    return new AgingBuckets(bounds);
  }

  /** How many buckets there are: current, one per bound, and the open-ended last one. */
  public int size() {
    return bounds.size() + 2;
  }

  /** The bucket of an amount {@code days} past its basis date (zero or negative: current). */
  public int indexOf(long days) {
    if (days <= 0) {
      return 0;
    }
    for (int i = 0; i < bounds.size(); i++) {
      if (days <= bounds.get(i)) {
        return i + 1;
      }
    }
    return bounds.size() + 1;
  }

  /** The bucket of an item aging from {@code basisDate}, seen on {@code asOf}. */
  public int indexOf(LocalDate asOf, LocalDate basisDate) {
    return indexOf(ChronoUnit.DAYS.between(basisDate, asOf));
  }

  /** Stable labels: {@code current}, {@code 1-30}, ..., {@code >180}. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>(size());
    labels.add("current");
    int from = 1;
    for (int b : bounds) {
      labels.add(from + "-" + b);
      from = b + 1;
    }
    labels.add(">" + bounds.get(bounds.size() - 1));
    return labels;
  }

  /** The compact text form, inverse of {@link #parse}. */
  public String code() {
    return String.join(",", bounds.stream().map(String::valueOf).toList());
  }

  private static OpenArException invalid(List<Integer> bounds) {
    return new OpenArException(LedgerError.LEDGER_INVALID_AGING_BUCKETS, String.valueOf(bounds)).onField("buckets");
  }
}
