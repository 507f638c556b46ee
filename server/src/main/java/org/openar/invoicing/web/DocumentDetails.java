package org.openar.invoicing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.openar.audit.AuditTrail;
import org.openar.audit.AuditTrail.AuditEntryView;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.web.InvoicingResponses.CreditNoteResponse;
import org.openar.invoicing.web.InvoicingResponses.InstallmentResponse;
import org.openar.invoicing.web.InvoicingResponses.InvoiceResponse;
import org.openar.ledger.AllocationView;
import org.openar.ledger.ItemDetail;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.LedgerQueries;
import org.openar.shared.money.Money;
import org.springframework.stereotype.Component;

/**
 * A document with what happened to it: for each installment (or the credit note) its ledger item with the allocations
 * in force and the full allocation history, live from the ledger, and the document's own history from the audit
 * trail (created, changed, issued, credited: who and when).
 */
@Component
class DocumentDetails {

  static final int MAX_HISTORY = 200;

  private final LedgerQueries ledger;
  private final AuditTrail audit;

  DocumentDetails(LedgerQueries ledger, AuditTrail audit) {
    this.ledger = ledger;
    this.audit = audit;
  }

  record MovementResponse(UUID allocationId, AllocationView.Kind kind, UUID counterItemId, ItemType counterType,
      String counterDocumentNumber, Money amount, Money change, Money openAfter, LocalDate effectiveDate,
      UUID undoes, UUID undoneBy, String note, Instant recordedAt, String recordedBy) {
    static MovementResponse of(ItemDetail.Movement m) {
      return new MovementResponse(m.allocationId().value(), m.kind(), m.counterItemId().value(), m.counterType(),
          m.counterDocumentNumber(), m.amount(), m.change(), m.openAfter(), m.effectiveDate(),
          m.undoes() == null ? null : m.undoes().value(), m.undoneBy() == null ? null : m.undoneBy().value(),
          m.note(), m.recordedAt(), m.recordedBy());
    }
  }

  /** One ledger item of the document; {@code installmentNo} null for a credit note's item. */
  record LedgerItemResponse(Integer installmentNo, UUID itemId, ItemStatus status, Money originalAmount,
      Money openAmount, LocalDate dueDate, List<MovementResponse> allocations, List<MovementResponse> history) {}

  record HistoryEntry(Instant at, String actor, String action) {}

  record InvoiceDetailResponse(InvoiceResponse invoice, List<CreditNoteResponse> creditNotes,
      List<LedgerItemResponse> ledger, List<HistoryEntry> history) {}

  record CreditNoteDetailResponse(CreditNoteResponse creditNote, LedgerItemResponse ledger,
      List<HistoryEntry> history) {}

  InvoiceDetailResponse invoice(InvoiceView v, List<CreditNoteView> notes) {
    List<LedgerItemResponse> items = new ArrayList<>();
    List<Installment> installments = new ArrayList<>();
    for (Installment i : v.installments()) {
      LedgerItemResponse item = i.ledgerItemId() == null ? null : item(i.installmentNo(), i.ledgerItemId());
      if (item != null) {
        items.add(item);
      }
      // the live open amount, not the list's mirror of it
      installments.add(item == null ? i : new Installment(i.installmentNo(), i.percent(), i.dueDate(), i.amount(),
          item.openAmount(), i.ledgerItemId()));
    }
    InvoiceResponse invoice = InvoiceResponse.of(v);
    invoice = new InvoiceResponse(invoice.id(), invoice.companyId(), invoice.customerId(), invoice.customer(),
        invoice.status(), invoice.number(), invoice.currency(), invoice.invoiceDate(), invoice.paymentTerms(),
        invoice.requestedDueDate(), invoice.dueDate(), invoice.nextDueDate(), invoice.pricesIncludeTax(),
        invoice.taxRounding(), invoice.schedule(), invoice.reference(), invoice.notes(), invoice.lines(),
        invoice.totals(), invoice.taxGroups(), InstallmentResponse.of(installments), live(v, installments),
        invoice.creditedAmount(), invoice.paymentStatus(), invoice.daysOverdue(), invoice.version(), invoice.stamps());
    return new InvoiceDetailResponse(invoice, notes.stream().map(CreditNoteResponse::of).toList(), items,
        history("invoicing.invoice", v.id().toString()));
  }

  CreditNoteDetailResponse creditNote(CreditNoteView n) {
    return new CreditNoteDetailResponse(CreditNoteResponse.of(n), item(null, n.ledgerItemId()),
        history("invoicing.credit-note", n.id().toString()));
  }

  private static Money live(InvoiceView v, List<Installment> installments) {
    if (v.openAmount() == null) {
      return null;
    }
    return installments.stream().map(Installment::openAmount).reduce(Money.zero(v.currency()), Money::plus);
  }

  private LedgerItemResponse item(Integer installmentNo, ItemId id) {
    return ledger.find(id).map(found -> {
      ItemDetail d = ledger.detail(id);
      return new LedgerItemResponse(installmentNo, id.value(), d.item().status(), d.item().originalAmount(),
          d.item().openAmount(), d.item().dueDate(), d.allocations().stream().map(MovementResponse::of).toList(),
          d.history().stream().map(MovementResponse::of).toList());
    }).orElse(null);
  }

  private List<HistoryEntry> history(String type, String id) {
    return audit.search(new AuditTrail.AuditQuery(type, id, null, null, null, 0, MAX_HISTORY)).stream()
        .sorted(Comparator.comparingLong(AuditEntryView::seq))
        .map(e -> new HistoryEntry(e.occurredAt(), e.actor(), e.action())).toList();
  }
}
