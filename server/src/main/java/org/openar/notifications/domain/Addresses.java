package org.openar.notifications.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.openar.notifications.Channel;

/**
 * Recipient addresses in one canonical form, so a suppression of {@code Li.Lei@Example.com} also stops
 * {@code li.lei@example.com}, and {@code +86 138-0013-8000} matches {@code +8613800138000}.
 */
public final class Addresses {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

  private Addresses() {}

  /** The canonical form, or null when the address is not valid for the channel. */
  public static String normalize(Channel channel, String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    String a = address.strip();
    return switch (channel) {
      case EMAIL -> EMAIL.matcher(a).matches() && a.length() <= 254 ? a.toLowerCase(Locale.ROOT) : null;
      case SMS -> {
        String digits = a.replaceAll("[\\s().-]", "");
        yield PHONE.matcher(digits).matches() ? digits : null;
      }
      case LETTER -> a.length() <= 1000 ? a : null;
    };
  }
}
