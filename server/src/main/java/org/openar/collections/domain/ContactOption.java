package org.openar.collections.domain;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openar.collections.ContactChannel;
import org.openar.customers.ContactRole;

/**
 * A contact of the customer with what dunning needs to pick a recipient: canonical e-mail and phone (null when missing
 * or invalid), language, role, its opt-outs and whether the outbox suppresses its addresses.
 */
public record ContactOption(UUID id, String name, String email, String phone, String language, ContactRole role,
    boolean primary, Set<ContactChannel> optedOut, boolean emailSuppressed, boolean smsSuppressed) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

  public ContactOption {
    optedOut = Set.copyOf(optedOut);
  }

  /** The canonical form the outbox uses for e-mail (lower case), or null when it is not an address. */
  public static String canonicalEmail(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String a = raw.strip();
    return EMAIL.matcher(a).matches() && a.length() <= 254 ? a.toLowerCase(Locale.ROOT) : null;
  }

  /** The canonical form the outbox uses for phone numbers (digits, optional leading +), or null. */
  public static String canonicalPhone(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String digits = raw.strip().replaceAll("[\\s().-]", "");
    return PHONE.matcher(digits).matches() ? digits : null;
  }

  public boolean reachable(ContactChannel channel) {
    if (optedOut.contains(channel)) {
      return false;
    }
    return switch (channel) {
      case EMAIL -> email != null && !emailSuppressed;
      case SMS -> phone != null && !smsSuppressed;
      case PHONE -> phone != null;
      case LETTER -> true;
    };
  }

  /** Who is asked first: billing, then accounts payable, finance, others; the primary contact first within a role. */
  public int rank() {
    int byRole = switch (role) {
      case BILLING -> 0;
      case ACCOUNTS_PAYABLE -> 1;
      case FINANCE_MANAGER -> 2;
      case OTHER -> 3;
      case PURCHASING -> 4;
      case CEO -> 5;
      case LEGAL -> 6;
    };
    return byRole * 2 + (primary ? 0 : 1);
  }
}
