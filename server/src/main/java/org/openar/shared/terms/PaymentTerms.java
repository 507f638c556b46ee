package org.openar.shared.terms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openar.shared.money.Money;

/**
 * When an invoice is due and which early-payment discounts it offers. Two bases: {@link Basis#NET} (due N days after the
 * invoice date) and {@link Basis#EOM} (due N days after the end of the invoice's month, 月结). Discount tiers count days
 * from the invoice date and must end no later than the due date.
 *
 * <p>The compact text form is stable and used in APIs, imports and the database: {@code NET30}, {@code EOM60},
 * {@code 2/10,1/20,NET30}, {@code 2/10,EOM30}.
 */
public record PaymentTerms(Basis basis, int days, List<DiscountTier> discounts) {

  public enum Basis { NET, EOM }

  private static final Pattern TIER = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,4})?)/(\\d{1,3})");
  private static final Pattern BASE = Pattern.compile("(NET|EOM)\\s*\\+?\\s*(\\d{1,3})");

  public static final PaymentTerms NET30 = new PaymentTerms(Basis.NET, 30, List.of());

  public PaymentTerms {
    if (basis == null) {
      throw new IllegalArgumentException("basis is required");
    }
    if (days < 0 || days > 999) {
      throw new IllegalArgumentException("days must be 0..999: " + days);
    }
    discounts = discounts == null ? List.of()
        : discounts.stream().sorted(Comparator.comparingInt(DiscountTier::days)).toList();
    for (int i = 1; i < discounts.size(); i++) {
      if (discounts.get(i).days() == discounts.get(i - 1).days()) {
        throw new IllegalArgumentException("two discount tiers end on the same day");
      }
      if (discounts.get(i).percent().compareTo(discounts.get(i - 1).percent()) >= 0) {
        throw new IllegalArgumentException("a later discount tier must give less than an earlier one");
      }
    }
    if (basis == Basis.NET && !discounts.isEmpty() && discounts.get(discounts.size() - 1).days() > days) {
      throw new IllegalArgumentException("a discount window cannot end after the due date");
    }
  }

  public static PaymentTerms net(int days) {
    return new PaymentTerms(Basis.NET, days, List.of());
  }

  public static PaymentTerms endOfMonth(int days) {
    return new PaymentTerms(Basis.EOM, days, List.of());
  }

  /**
   * Parses the compact form ({@code 2/10,1/20,NET30}; case and spaces ignored; {@code EOM+30} accepted).
   *
   * @throws IllegalArgumentException with a readable reason when the text is not valid terms
   */
  public static PaymentTerms parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("payment terms are empty");
    }
    String[] parts = text.trim().toUpperCase().split("\\s*,\\s*");
    List<DiscountTier> tiers = new java.util.ArrayList<>();
    Basis basis = null;
    int days = 0;
    for (String part : parts) {
      Matcher t = TIER.matcher(part);
      Matcher b = BASE.matcher(part);
      if (t.matches()) {
        tiers.add(new DiscountTier(new BigDecimal(t.group(1)), Integer.parseInt(t.group(2))));
      } else if (b.matches() && basis == null) {
        basis = Basis.valueOf(b.group(1));
        days = Integer.parseInt(b.group(2));
      } else {
        throw new IllegalArgumentException("cannot read '" + part + "' in payment terms '" + text + "'");
      }
    }
    if (basis == null) {
      throw new IllegalArgumentException("payment terms '" + text + "' lack NETn or EOMn");
    }
    return new PaymentTerms(basis, days, tiers);
  }

  /** The due date of an invoice dated {@code invoiceDate}. */
  public LocalDate dueDate(LocalDate invoiceDate) {
    return switch (basis) {
      case NET -> invoiceDate.plusDays(days);
      case EOM -> invoiceDate.with(TemporalAdjusters.lastDayOfMonth()).plusDays(days);
    };
  }

  /** The best discount tier a payment on {@code paymentDate} earns (the window includes its last day). */
  public Optional<DiscountTier> discountOn(LocalDate invoiceDate, LocalDate paymentDate) {
    for (DiscountTier tier : discounts) {
      if (!paymentDate.isAfter(invoiceDate.plusDays(tier.days()))) {
        return Optional.of(tier);
      }
    }
    return Optional.empty();
  }

  /** The discount amount on {@code gross} for a payment on {@code paymentDate}; zero outside every window. */
  public Money discountAmount(Money gross, LocalDate invoiceDate, LocalDate paymentDate) {
    return discountOn(invoiceDate, paymentDate)
        .map(t -> gross.times(t.percent().movePointLeft(2), RoundingMode.HALF_EVEN))
        .orElse(Money.zero(gross.currency()));
  }

  /** The compact text form, inverse of {@link #parse}. */
  public String code() {
    StringBuilder sb = new StringBuilder();
    for (DiscountTier t : discounts) {
      sb.append(t.percent().stripTrailingZeros().toPlainString()).append('/').append(t.days()).append(',');
    }
    return sb.append(basis.name()).append(days).toString();
  }

  @Override
  public String toString() {
    return code();
  }
}
