package org.openar.invoicing.app;

import java.util.ArrayList;
import java.util.List;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.TaxRounding;
import org.openar.invoicing.app.Parties.Party;
import org.openar.invoicing.domain.DraftRules;
import org.openar.invoicing.domain.InvoiceCalculator;
import org.openar.invoicing.domain.Violations;
import org.openar.invoicing.persistence.InvoiceContent;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.terms.PaymentTerms;
import org.springframework.stereotype.Component;

/**
 * Turns what a user typed into invoice content: resolves the customer, company and defaults (currency, terms, tax
 * rounding), checks every rule at once, then prices the lines and plans the installments.
 */
@Component
public class DraftResolver {

  private final Parties parties;
  private final InvoicingProperties properties;

  public DraftResolver(Parties parties, InvoicingProperties properties) {
    this.parties = parties;
    this.properties = properties;
  }

  /** @throws OpenArException with every violation found, each on its field */
  public InvoiceContent resolve(InvoiceDraft d) {
    return resolve(d, new Parties.Memo());
  }

  /** {@link #resolve(InvoiceDraft)} within a bulk call that shares its customer look-ups in {@code memo}. */
  public InvoiceContent resolve(InvoiceDraft d, Parties.Memo memo) {
    List<FieldViolation> v = new ArrayList<>();
    Party party = parties.resolve(d.customerId(), d.companyId(), v, memo);
    CurrencyCode currency = currency(d, party, v);
    PaymentTerms terms = terms(d, party, v);
    v.addAll(DraftRules.check(d, currency));
    Violations.throwIfAny(v);
    TaxRounding rounding = d.taxRounding() != null ? d.taxRounding() : properties.defaultTaxRounding();
    boolean inclusive = Boolean.TRUE.equals(d.pricesIncludeTax());
    InvoiceCalculator.Computed c = InvoiceCalculator.compute(d,
        new InvoiceCalculator.Inputs(currency, terms, inclusive, rounding));
    return new InvoiceContent(party.company().id(), party.customer().id(), Parties.snapshot(party.customer()),
        currency, d.invoiceDate(), terms.code(), d.dueDate(), c.dueDate(), inclusive, rounding, d.schedule(),
        trimToNull(d.reference()), trimToNull(d.notes()), c.priced().lines(), c.priced().totals(), c.installments());
  }

  /** The buyer of a resolved draft, from {@code memo} (issuing snapshots it). */
  public org.openar.customers.CustomerView buyer(org.openar.customers.CustomerId customer, Parties.Memo memo) {
    return parties.resolve(customer, null, new ArrayList<>(), memo).customer();
  }

  /** The given currency, else the customer's credit-limit currency, else the company's base currency. */
  private static CurrencyCode currency(InvoiceDraft d, Party party, List<FieldViolation> v) {
    if (d.currency() != null && !d.currency().isBlank()) {
      try {
        return CurrencyCode.of(d.currency().trim());
      } catch (OpenArException e) {
        v.add(FieldViolation.of("currency", SharedError.UNKNOWN_CURRENCY, d.currency()));
        return null;
      }
    }
    if (party == null) {
      return null;
    }
    return party.customer().creditLimit() != null ? party.customer().creditLimit().currency()
        : party.company().baseCurrency();
  }

  private static PaymentTerms terms(InvoiceDraft d, Party party, List<FieldViolation> v) {
    if (d.paymentTerms() != null && !d.paymentTerms().isBlank()) {
      try {
        return PaymentTerms.parse(d.paymentTerms());
      } catch (IllegalArgumentException e) {
        v.add(FieldViolation.of("paymentTerms", InvoicingError.INVOICING_INVALID_TERMS, d.paymentTerms()));
        return null;
      }
    }
    return party == null || party.customer().paymentTerms() == null ? PaymentTerms.NET30
        : party.customer().paymentTerms();
  }

  private static String trimToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
