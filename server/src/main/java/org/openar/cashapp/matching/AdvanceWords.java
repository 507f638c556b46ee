package org.openar.cashapp.matching;

import java.util.List;
import java.util.Locale;

/**
 * Whether a remittance text says the money is an advance (a prepayment, a deposit before invoicing): "Vorauszahlung",
 * "advance payment", "预付款" and their usual variants in English, German, French, Spanish/Italian and Chinese. A payer
 * who says so is not paying an open invoice, whatever its amount happens to equal; the engine then does not post a
 * fit found by amount alone (a reference to an invoice still counts as usual).
 */
final class AdvanceWords {

  /**
   * Lower-case phrases looked for in the remittance text only (never the payer's name): "advance" alone is not one,
   * so "Advance Tools invoice 4711" says nothing.
   */
  private static final List<String> PHRASES = List.of(
      "advance payment", "payment in advance", "prepayment", "pre-payment", "pre payment", "down payment",
      "downpayment", "vorauszahlung", "vorkasse", "anzahlung", "acompte", "paiement anticipé", "pago anticipado",
      "anticipo", "预付", "预收", "定金", "订金", "預付");

  private AdvanceWords() {}

  /** The phrase of {@link #PHRASES} the text contains, or null. */
  static String in(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String p : PHRASES) {
      if (lower.contains(p)) {
        return p;
      }
    }
    return null;
  }
}
