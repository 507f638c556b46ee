package org.openar.reporting.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openar.ledger.AgingBuckets;
import org.openar.shared.i18n.Messages;

/** Readable bucket names ("Not yet due", "1–30 days", "Over 180 days") in either language. */
public final class BucketLabels {

  private BucketLabels() {}

  public static List<String> of(AgingBuckets buckets, Messages messages, Locale locale) {
    List<String> labels = new ArrayList<>(buckets.size());
    labels.add(messages.get(locale, "aging.bucket.current"));
    int from = 1;
    for (int b : buckets.bounds()) {
      labels.add(messages.get(locale, "aging.bucket.range", String.valueOf(from), String.valueOf(b)));
      from = b + 1;
    }
    labels.add(messages.get(locale, "aging.bucket.over", String.valueOf(from - 1)));
    return labels;
  }
}
