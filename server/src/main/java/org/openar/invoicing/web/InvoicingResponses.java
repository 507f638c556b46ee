package org.openar.invoicing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.invoicing.CreditMode;
import org.openar.invoicing.CreditNoteLine;
import org.openar.invoicing.CreditNotePreview;
import org.openar.invoicing.CreditNoteSummary;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.CustomerSnapshot;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceDraft;
import org.openar.invoicing.InvoicePreview;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.InvoiceSummary;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.PaymentStatus;
import org.openar.invoicing.PricedLine;
import org.openar.invoicing.TaxGroup;
import org.openar.invoicing.TaxRounding;
import org.openar.invoicing.Totals;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Response bodies of the invoicing API: the facade's views with plain UUIDs. */
final class InvoicingResponses {

  private InvoicingResponses() {}

  static UUID uuid(Object typedId) {
    return typedId == null ? null : UUID.fromString(typedId.toString());
  }

  record InstallmentResponse(int installmentNo, BigDecimal percent, LocalDate dueDate, Money amount, Money openAmount,
      UUID ledgerItemId) {
    static InstallmentResponse of(Installment i) {
      return new InstallmentResponse(i.installmentNo(), i.percent(), i.dueDate(), i.amount(), i.openAmount(),
          uuid(i.ledgerItemId()));
    }

    static List<InstallmentResponse> of(List<Installment> list) {
      return list.stream().map(InstallmentResponse::of).toList();
    }
  }

  record InvoiceResponse(UUID id, UUID companyId, UUID customerId, CustomerSnapshot customer, InvoiceStatus status,
      String number, CurrencyCode currency, LocalDate invoiceDate, String paymentTerms, LocalDate requestedDueDate,
      LocalDate dueDate, LocalDate nextDueDate, boolean pricesIncludeTax, TaxRounding taxRounding,
      InvoiceDraft.Schedule schedule, String reference, String notes, List<PricedLine> lines, Totals totals,
      List<TaxGroup> taxGroups, List<InstallmentResponse> installments, Money openAmount, Money creditedAmount,
      PaymentStatus paymentStatus, Integer daysOverdue, long version, InvoiceView.Stamps stamps) {

    static InvoiceResponse of(InvoiceView v) {
      return new InvoiceResponse(v.id().value(), v.companyId().value(), v.customerId().value(), v.customer(),
          v.status(), v.number(), v.currency(), v.invoiceDate(), v.paymentTerms(), v.requestedDueDate(), v.dueDate(),
          v.nextDueDate(), v.pricesIncludeTax(), v.taxRounding(), v.schedule(), v.reference(), v.notes(), v.lines(),
          v.totals(), v.taxGroups(), InstallmentResponse.of(v.installments()), v.openAmount(), v.creditedAmount(),
          v.paymentStatus(), v.daysOverdue(), v.version(), v.stamps());
    }
  }

  record PreviewResponse(UUID companyId, CurrencyCode currency, String paymentTerms, LocalDate dueDate,
      boolean pricesIncludeTax, TaxRounding taxRounding, List<PricedLine> lines, Totals totals,
      List<TaxGroup> taxGroups, List<InstallmentResponse> installments) {
    static PreviewResponse of(InvoicePreview p) {
      return new PreviewResponse(p.companyId().value(), p.currency(), p.paymentTerms(), p.dueDate(),
          p.pricesIncludeTax(), p.taxRounding(), p.lines(), p.totals(), p.taxGroups(),
          InstallmentResponse.of(p.installments()));
    }
  }

  record InvoiceSummaryResponse(UUID id, UUID companyId, UUID customerId, CustomerSnapshot customer,
      InvoiceStatus status, String number, LocalDate invoiceDate, LocalDate dueDate, LocalDate nextDueDate,
      Money grossAmount, Money taxAmount, Money openAmount, Money creditedAmount, PaymentStatus paymentStatus,
      Integer daysOverdue, int installments, String reference, long version, Instant createdAt) {
    static InvoiceSummaryResponse of(InvoiceSummary s) {
      return new InvoiceSummaryResponse(s.id().value(), s.companyId().value(), s.customerId().value(), s.customer(),
          s.status(), s.number(), s.invoiceDate(), s.dueDate(), s.nextDueDate(), s.grossAmount(), s.taxAmount(),
          s.openAmount(), s.creditedAmount(), s.paymentStatus(), s.daysOverdue(), s.installments(), s.reference(),
          s.version(), s.createdAt());
    }
  }

  record CreditNoteResponse(UUID id, String number, UUID invoiceId, String invoiceNumber, UUID companyId,
      UUID customerId, CustomerSnapshot customer, CurrencyCode currency, LocalDate creditDate, CreditMode mode,
      String reason, List<CreditNoteLine> lines, Totals totals, List<TaxGroup> taxGroups, Money appliedAmount,
      UUID ledgerItemId, Instant createdAt, String createdBy) {
    static CreditNoteResponse of(CreditNoteView n) {
      return new CreditNoteResponse(n.id().value(), n.number(), n.invoiceId().value(), n.invoiceNumber(),
          n.companyId().value(), n.customerId().value(), n.customer(), n.currency(), n.creditDate(), n.mode(),
          n.reason(), n.lines(), n.totals(), n.taxGroups(), n.appliedAmount(), n.ledgerItemId().value(),
          n.createdAt(), n.createdBy());
    }
  }

  record CreditNotePreviewResponse(List<CreditNoteLine> lines, Totals totals, List<TaxGroup> taxGroups,
      Money creditableBefore, Money creditableAfter) {
    static CreditNotePreviewResponse of(CreditNotePreview p) {
      return new CreditNotePreviewResponse(p.lines(), p.totals(), p.taxGroups(), p.creditableBefore(),
          p.creditableAfter());
    }
  }

  record CreditNoteSummaryResponse(UUID id, String number, UUID invoiceId, String invoiceNumber, UUID companyId,
      UUID customerId, CustomerSnapshot customer, LocalDate creditDate, CreditMode mode, String reason,
      Money grossAmount, Money taxAmount, Money appliedAmount, Instant createdAt) {
    static CreditNoteSummaryResponse of(CreditNoteSummary s) {
      return new CreditNoteSummaryResponse(s.id().value(), s.number(), s.invoiceId().value(), s.invoiceNumber(),
          s.companyId().value(), s.customerId().value(), s.customer(), s.creditDate(), s.mode(), s.reason(),
          s.grossAmount(), s.taxAmount(), s.appliedAmount(), s.createdAt());
    }
  }

  /** One invoice of a bulk issue: issued (with its number) or refused (with the code and translated message). */
  record BulkOutcomeResponse(UUID id, boolean issued, String number, String code, String message) {}

  record BulkIssueResponse(int issued, int refused, List<BulkOutcomeResponse> outcomes) {}
}
