package org.openar.cashapp.matching;

/** An open item a reference in the receipt points to, how it was recognised, and the evidence weight that gives. */
record RefHit(int item, String kind, double weight, String token) {

  static final String STRUCTURED = "REFERENCE_STRUCTURED";
  static final String EXACT = "REFERENCE_EXACT";
  static final String NORMALISED = "REFERENCE_NORMALISED";
  static final String TYPO = "REFERENCE_TYPO";
}
