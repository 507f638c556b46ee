package org.openar.invoicing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoicingError;
import org.openar.invoicing.TaxRounding;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/**
 * From valid invoice content (see {@link DraftRules}) and its resolved defaults to everything the document shows:
 * priced lines, totals, tax groups, due dates and installments, with the rules that need the amounts checked.
 */
public final class InvoiceCalculator {

  private InvoiceCalculator() {}

  /** The defaults resolved against the customer and company. */
  public record Inputs(CurrencyCode currency, PaymentTerms terms, boolean pricesIncludeTax, TaxRounding rounding) {}

  /** {@code dueDate}: when the whole invoice is due (its last installment). */
  public record Computed(Pricing.Priced priced, LocalDate dueDate, List<Installment> installments) {}

  /** @throws org.openar.shared.error.OpenArException when the amounts break a rule */
  public static Computed compute(InvoiceDraft d, Inputs in) {
    Pricing.Priced priced = Pricing.price(d.lines(), in.currency(), in.pricesIncludeTax(), in.rounding());
    Money gross = priced.totals().gross();
    LocalDate firstDue = d.dueDate() != null ? d.dueDate() : in.terms().dueDate(d.invoiceDate());
    List<FieldViolation> v = new ArrayList<>();
    if (!gross.isPositive()) {
      v.add(FieldViolation.of("lines", InvoicingError.INVOICING_TOTAL_NOT_POSITIVE, gross));
    } else if (gross.amount().compareTo(DraftRules.MAX_AMOUNT) > 0) {
      v.add(FieldViolation.of("lines", InvoicingError.INVOICING_AMOUNT_TOO_LARGE,
          DraftRules.MAX_AMOUNT.toPlainString()));
    }
    Violations.throwIfAny(v);
    List<Installment> installments = Schedules.plan(gross, firstDue, d.schedule());
    checkInstallments(installments, v);
    Violations.throwIfAny(v);
    return new Computed(priced, installments.get(installments.size() - 1).dueDate(), installments);
  }

  private static void checkInstallments(List<Installment> installments, List<FieldViolation> v) {
    for (Installment i : installments) {
      if (!i.amount().isPositive()) {
        v.add(FieldViolation.of("schedule", InvoicingError.INVOICING_INSTALLMENT_TOO_SMALL, i.installmentNo(),
            i.amount()));
        return;
      }
      if (i.dueDate().isAfter(DraftRules.LATEST)) {
        v.add(FieldViolation.of("schedule", InvoicingError.INVOICING_DATE_OUT_OF_RANGE, i.dueDate(),
            DraftRules.EARLIEST, DraftRules.LATEST));
        return;
      }
    }
  }
}
