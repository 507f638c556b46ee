package org.openar.customers;

import java.util.List;
import java.util.UUID;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/**
 * The customer master record as other modules see it. {@code salesRepId} is an identity user id (or null);
 * {@code creditLimit} may be null (no limit set).
 */
public record CustomerView(
    CustomerId id,
    CompanyId companyId,
    String code,
    String nameZh,
    String nameEn,
    String taxId,
    Tier tier,
    Money creditLimit,
    PaymentTerms paymentTerms,
    UUID salesRepId,
    String status,
    List<String> tags,
    long version) {

  /** The name to show in a language: Chinese name for zh-CN when present, else the English one (and vice versa). */
  public String displayName(boolean chinese) {
    if (chinese) {
      return nameZh != null && !nameZh.isBlank() ? nameZh : nameEn;
    }
    return nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
  }
}
