package org.openar.invoicing;

/**
 * The buyer as printed on the document: taken from the customer master when the draft is saved and again when it is
 * issued, then kept, so a later change of the master does not rewrite an issued invoice.
 */
public record CustomerSnapshot(String code, String name, String nameEn, String taxId) {

  /** The name in a language: the Chinese name for Chinese when present, else the English one (and vice versa). */
  public String displayName(boolean chinese) {
    if (chinese) {
      return name != null && !name.isBlank() ? name : nameEn;
    }
    return nameEn != null && !nameEn.isBlank() ? nameEn : name;
  }
}
