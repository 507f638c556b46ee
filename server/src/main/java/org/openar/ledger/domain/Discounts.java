package org.openar.ledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.openar.ledger.ItemType;
import org.openar.shared.money.RoundingPolicy;
import org.openar.shared.terms.DiscountTier;
import org.openar.shared.terms.PaymentTerms;

/**
 * Early-payment discounts. An invoice whose terms snapshot has discount tiers offers, for a payment on a date inside a
 * tier's window, that tier's percentage of what is still open (rounded half-even): a credit note applied earlier
 * lowers the base, as it lowers what the customer has to pay.
 */
public final class Discounts {

  /** A discount on offer; {@link #NONE} outside every window. */
  public record Offer(BigDecimal percent, long discountMinor, LocalDate windowEndsOn) {
    public static final Offer NONE = new Offer(BigDecimal.ZERO, 0, null);

    public boolean available() {
      return discountMinor > 0;
    }
  }

  private Discounts() {}

  public static Offer on(Item debit, LocalDate paymentDate) {
    PaymentTerms terms = debit.facts().terms();
    if (debit.type() != ItemType.INVOICE || terms == null || debit.isReversed() || debit.openMinor() == 0) {
      return Offer.NONE;
    }
    LocalDate invoiced = debit.facts().documentDate();
    DiscountTier tier = terms.discountOn(invoiced, paymentDate).orElse(null);
    if (tier == null) {
      return Offer.NONE;
    }
    long minor = debit.open().times(tier.percent().movePointLeft(2), RoundingPolicy.HALF_EVEN.mode()).minor();
    return minor == 0 ? Offer.NONE : new Offer(tier.percent(), minor, invoiced.plusDays(tier.days()));
  }
}
