package org.openar.collections;

import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;

/**
 * Late fees and interest from the customer's terms (its own, else its company's), posted to the ledger as FEE and
 * INTEREST items by the daily run; waived only through maker-checker approval ({@code collections.fee-waiver}), which
 * reverses the ledger item once granted.
 */
public interface LateCharges {

  /** The terms in force: the customer's own, else the company's, else none. */
  ChargeTerms termsFor(CustomerId customer);

  ChargeTerms companyTerms(CompanyId company);

  ChargeTerms saveCompanyTerms(CompanyId company, long expectedVersion, ChargeTerms terms);

  /** {@code terms} null removes the customer's own terms (the company's apply again). */
  ChargeTerms saveCustomerTerms(CustomerId customer, long expectedVersion, ChargeTerms terms);

  List<ChargeView> ofCustomer(CustomerId customer);

  /** Asks a checker to waive the charge; the ledger item is reversed when approved. */
  ChargeView requestWaiver(ChargeId id, String reason);

  /** What the terms charge as of a date, without posting (the dry run shows it). */
  List<ChargeView> due(CustomerId customer, LocalDate asOf);
}
