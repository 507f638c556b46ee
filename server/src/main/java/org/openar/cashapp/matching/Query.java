package org.openar.cashapp.matching;

/**
 * One receipt while the engine works on it: what is derived from the receipt once (the payer's name key, the small
 * id of its currency, its day) and the calling thread's working arrays, so that no step recomputes or reallocates them.
 */
final class Query {

  final Receipt r;
  private NameKey payer;
  final int currency;
  final long amount;
  /** Epoch day of the receipt; a receipt without a date is inside every discount window. */
  final long day;
  final Scratch scratch;
  /** Reference-like tokens of the receipt's texts (full forms), collected while its references are resolved. */
  final java.util.List<String> tokens = new java.util.ArrayList<>(4);
  private String advance;
  private java.math.BigDecimal[] converted;
  private boolean[] convertedKnown;

  Query(Receipt r, ItemTable items, Scratch scratch) {
    this.r = r;
    this.currency = items.currencyId(r.amount().currency().code());
    this.amount = r.amount().minor();
    this.day = r.date() == null ? Long.MAX_VALUE : r.date().toEpochDay();
    this.scratch = scratch;
  }

  /** The payer's name prepared for comparison, computed when first needed (an account often identifies the payer). */
  NameKey payer() {
    if (payer == null) {
      payer = NameKey.ofPayer(r.payerName());
    }
    return payer;
  }

  /** The advance phrase of the remittance ({@link AdvanceWords}), looked for when first needed; "" for none. */
  String advance() {
    if (advance == null) {
      String p = AdvanceWords.in(r.remittance());
      advance = p == null ? "" : p;
    }
    return advance.isEmpty() ? null : advance;
  }

  /** The receipt amount converted into an item currency, computed once per currency (null: no reference rate). */
  java.math.BigDecimal converted(int itemCurrency, java.util.function.Supplier<java.math.BigDecimal> compute) {
    if (converted == null) {
      converted = new java.math.BigDecimal[Byte.MAX_VALUE + 1];
      convertedKnown = new boolean[converted.length];
    }
    if (!convertedKnown[itemCurrency]) {
      converted[itemCurrency] = compute.get();
      convertedKnown[itemCurrency] = true;
    }
    return converted[itemCurrency];
  }

  /** Working arrays of one thread, reused from receipt to receipt. */
  static final class Scratch {
    final NameIndex.Scratch names = new NameIndex.Scratch();
    final long[] forms = new long[4];
    final int[] found = new int[64];
    final int[] paid = new int[512];
    private char[] token = new char[64];

    char[] token(int length) {
      if (token.length < length) {
        token = new char[length];
      }
      return token;
    }
  }
}
