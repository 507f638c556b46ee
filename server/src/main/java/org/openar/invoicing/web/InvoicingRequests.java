package org.openar.invoicing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.invoicing.CreditMode;
import org.openar.invoicing.CreditNoteRequest;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.ScheduleMode;
import org.openar.invoicing.TaxRounding;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Request bodies of the invoicing API. */
final class InvoicingRequests {

  private InvoicingRequests() {}

  /**
   * An invoice's content (create, update, preview). {@code version}: the version read, required to update.
   * Decimals may be strings ("2.5") or JSON numbers; {@code paymentTerms} in the compact form ({@code 2/10,NET30}).
   */
  record InvoiceRequest(
      UUID companyId,
      UUID customerId,
      String currency,
      LocalDate invoiceDate,
      String paymentTerms,
      LocalDate dueDate,
      Boolean pricesIncludeTax,
      TaxRounding taxRounding,
      String reference,
      String notes,
      List<LineRequest> lines,
      ScheduleRequest schedule,
      Long version) {

    InvoiceDraft draft() {
      return new InvoiceDraft(companyId == null ? null : new CompanyId(companyId),
          customerId == null ? null : new CustomerId(customerId), currency, invoiceDate, paymentTerms, dueDate,
          pricesIncludeTax, taxRounding, reference, notes,
          lines == null ? List.of() : lines.stream().map(l -> l == null ? null : l.line()).toList(),
          schedule == null ? null : schedule.schedule());
    }

    long requiredVersion() {
      if (version == null) {
        throw new OpenArException(SharedError.MISSING_FIELD, "version").onField("version");
      }
      return version;
    }
  }

  record LineRequest(String description, String unit, BigDecimal quantity, BigDecimal unitPrice,
      BigDecimal discountPercent, BigDecimal taxRate) {
    InvoiceDraft.Line line() {
      return new InvoiceDraft.Line(description, unit, quantity, unitPrice, discountPercent, taxRate);
    }
  }

  record ScheduleRequest(ScheduleMode mode, Integer count, Integer intervalMonths, List<PartRequest> parts) {
    InvoiceDraft.Schedule schedule() {
      return new InvoiceDraft.Schedule(mode, count, intervalMonths, parts == null ? null
          : parts.stream().map(p -> p == null ? null : new InvoiceDraft.Part(p.percent(), p.dueDate())).toList());
    }
  }

  record PartRequest(BigDecimal percent, LocalDate dueDate) {}

  /** Issue a draft; {@code version} (optional) makes sure it is the version the user saw. */
  record IssueRequest(Long version) {}

  record BulkIssueRequest(List<UUID> ids) {}

  record CreditNoteBody(UUID invoiceId, LocalDate creditDate, CreditMode mode, String reason,
      List<CreditLineRequest> lines, Money amount) {
    CreditNoteRequest command() {
      return new CreditNoteRequest(invoiceId == null ? null : new InvoiceId(invoiceId), creditDate, mode, reason,
          lines == null ? List.of()
              : lines.stream().map(l -> l == null ? null : new CreditNoteRequest.Line(l.lineNo(), l.quantity()))
                  .toList(), amount);
    }
  }

  record CreditLineRequest(Integer lineNo, BigDecimal quantity) {}

  /** What makes two calls with one idempotency key "the same": the path's id and the body. */
  record Keyed(UUID id, Object body) {}

  static CurrencyCode currency(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return CurrencyCode.of(code.trim());
    } catch (OpenArException e) {
      throw e.onField("currency");
    }
  }
}
