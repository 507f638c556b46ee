package org.openar.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;

/**
 * The editable content of an invoice: what a draft holds and what preview computes. Raw values (currency and terms as
 * text, decimals as given) so that every broken rule comes back on its own field ({@code lines[2].quantity}).
 *
 * <p>Defaults: {@code companyId} is the customer's company (it must match when given); {@code currency} the currency
 * of the customer's credit limit, else the company's base currency; {@code paymentTerms} the customer's terms (compact
 * form, {@code 2/10,NET30}, {@code EOM60}); {@code dueDate} follows from the terms unless given; {@code taxRounding}
 * CN_VAT_HALF_UP; {@code pricesIncludeTax} false; no {@code schedule} means one installment due on the due date.
 */
public record InvoiceDraft(
    CompanyId companyId,
    CustomerId customerId,
    String currency,
    LocalDate invoiceDate,
    String paymentTerms,
    LocalDate dueDate,
    Boolean pricesIncludeTax,
    TaxRounding taxRounding,
    String reference,
    String notes,
    List<Line> lines,
    Schedule schedule) {

  public InvoiceDraft {
    lines = lines == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
  }

  /**
   * One line. {@code quantity} > 0 with at most 4 decimals; {@code unitPrice} >= 0 with at most the currency's
   * decimals, net of tax or including it as the invoice says; {@code discountPercent} 0..100 (default 0);
   * {@code taxRate} a percentage 0..100 (13, 9, 6, 0...).
   */
  public record Line(String description, String unit, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal discountPercent, BigDecimal taxRate) {}

  /**
   * Installments. EQUAL: {@code count} equal parts (1..60). PERCENT: {@code parts} with percentages summing to exactly
   * 100. A part without a due date is due {@code intervalMonths} (default 1) after the previous one; the first is due
   * on the invoice's due date. Amounts are a largest-remainder split of the gross amount.
   */
  public record Schedule(ScheduleMode mode, Integer count, Integer intervalMonths, List<Part> parts) {}

  public record Part(BigDecimal percent, LocalDate dueDate) {}
}
