package org.openar.collections.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The figures behind a decision's reason, by name, skipping absent ones. */
public final class Details {

  private Details() {}

  public static Map<String, Object> of(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        m.put((String) pairs[i], pairs[i + 1] instanceof Enum<?> e ? e.name() : pairs[i + 1].toString());
      }
    }
    return m;
  }
}
