package org.openar.cashapp.matching;

import java.util.List;

/**
 * One piece of the explanation of a proposal: a stable code the UI translates with the message key
 * {@code reason.<code>} of {@code i18n/cashapp*.properties}, its arguments, and the log-odds weight it added.
 */
public record Reason(String code, List<String> args, double weight) {

  public Reason {
    args = List.copyOf(args);
  }

  public static Reason of(String code, double weight, Object... args) {
    String[] texts = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return new Reason(code, List.of(texts), weight);
  }

  public String messageKey() {
    return "reason." + code;
  }

  /** English rendering for logs and the CLI; the UI uses {@link #messageKey()}. */
  public String english() {
    return code + args;
  }
}
