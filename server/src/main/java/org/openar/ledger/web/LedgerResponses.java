package org.openar.ledger.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingReport;
import org.openar.ledger.AllocationId;
import org.openar.ledger.AllocationView;
import org.openar.ledger.CustomerBalance;
import org.openar.ledger.DiscountQuote;
import org.openar.ledger.ItemDetail;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.Ledger;
import org.openar.ledger.Side;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;

/** Response bodies of the ledger API: the facade's views with plain UUIDs. */
final class LedgerResponses {

  private LedgerResponses() {}

  record ItemResponse(UUID id, UUID companyId, UUID customerId, ItemType type, Side side, String documentNumber,
      Integer installmentNo, Money originalAmount, Money openAmount, LocalDate documentDate, LocalDate dueDate,
      LocalDate valueDate, String paymentTerms, String reference, String description, String externalRef,
      ItemStatus status, UUID reversesItemId, UUID batchId, Instant createdAt, String createdBy) {

    static ItemResponse of(ItemView v) {
      return v == null ? null : new ItemResponse(v.id().value(), v.companyId().value(), v.customerId().value(),
          v.type(), v.side(), v.documentNumber(), v.installmentNo(), v.originalAmount(), v.openAmount(),
          v.documentDate(), v.dueDate(), v.valueDate(), v.paymentTerms() == null ? null : v.paymentTerms().code(),
          v.reference(), v.description(), v.externalRef(), v.status(), uuid(v.reversesItemId()), v.batchId(),
          v.createdAt(), v.createdBy());
    }
  }

  record AppliedLineResponse(UUID allocationId, UUID debitItemId, String documentNumber, Money amount,
      LocalDate effectiveDate, Money discount, UUID discountItemId, UUID discountAllocationId, Money debitOpenAfter) {}

  record AllocationResponse(ItemResponse credit, List<AppliedLineResponse> lines) {
    static AllocationResponse of(Ledger.AllocationResult r) {
      return new AllocationResponse(ItemResponse.of(r.credit()), r.lines().stream().map(l -> new AppliedLineResponse(
          l.allocationId().value(), l.debitItemId().value(), l.documentNumber(), l.amount(), l.effectiveDate(),
          l.discount(), uuid(l.discountItemId()), uuid(l.discountAllocationId()), l.debitOpenAfter())).toList());
    }
  }

  record AllocationRowResponse(UUID id, AllocationView.Kind kind, UUID creditItemId, UUID debitItemId, Money amount,
      LocalDate effectiveDate, UUID undoes, UUID undoneBy, UUID linkedTo, String note, Instant createdAt,
      String createdBy) {
    static AllocationRowResponse of(AllocationView v) {
      return new AllocationRowResponse(v.id().value(), v.kind(), v.creditItemId().value(), v.debitItemId().value(),
          v.amount(), v.effectiveDate(), uuid(v.undoes()), uuid(v.undoneBy()), uuid(v.linkedTo()), v.note(), v.createdAt(),
          v.createdBy());
    }
  }

  record UnallocationResponse(List<AllocationRowResponse> undone, List<ItemResponse> items) {
    static UnallocationResponse of(Ledger.UnallocationResult r) {
      return new UnallocationResponse(r.undone().stream().map(AllocationRowResponse::of).toList(),
          r.items().stream().map(ItemResponse::of).toList());
    }
  }

  record ReversalResponse(ItemResponse reversed, ItemResponse reversal, List<AllocationRowResponse> undone) {
    static ReversalResponse of(Ledger.ReversalResult r) {
      return new ReversalResponse(ItemResponse.of(r.reversed()), ItemResponse.of(r.reversal()),
          r.undone().stream().map(AllocationRowResponse::of).toList());
    }
  }

  record MovementResponse(UUID allocationId, AllocationView.Kind kind, UUID counterItemId, ItemType counterType,
      String counterDocumentNumber, Money amount, Money change, Money openAfter, LocalDate effectiveDate,
      UUID undoes, UUID undoneBy, String note, Instant recordedAt, String recordedBy) {
    static MovementResponse of(ItemDetail.Movement m) {
      return new MovementResponse(m.allocationId().value(), m.kind(), m.counterItemId().value(), m.counterType(),
          m.counterDocumentNumber(), m.amount(), m.change(), m.openAfter(), m.effectiveDate(), uuid(m.undoes()),
          uuid(m.undoneBy()), m.note(), m.recordedAt(), m.recordedBy());
    }
  }

  record ItemDetailResponse(ItemResponse item, List<MovementResponse> allocations, List<MovementResponse> history,
      ItemResponse reversal) {
    static ItemDetailResponse of(ItemDetail d) {
      return new ItemDetailResponse(ItemResponse.of(d.item()),
          d.allocations().stream().map(MovementResponse::of).toList(),
          d.history().stream().map(MovementResponse::of).toList(), ItemResponse.of(d.reversal()));
    }
  }

  record BalanceResponse(UUID customerId, CurrencyCode currency, LocalDate asOf, Money openDebit,
      Money unappliedCredit, Money net, Money overdue, long openDebitItems, long openCreditItems) {
    static BalanceResponse of(CustomerBalance b) {
      return new BalanceResponse(b.customerId().value(), b.currency(), b.asOf(), b.openDebit(), b.unappliedCredit(),
          b.net(), b.overdue(), b.openDebitItems(), b.openCreditItems());
    }
  }

  record DiscountResponse(UUID itemId, LocalDate paymentDate, Money open, BigDecimal percent, Money discount,
      Money payable, LocalDate windowEndsOn) {
    static DiscountResponse of(DiscountQuote q) {
      return new DiscountResponse(q.itemId().value(), q.paymentDate(), q.open(), q.percent(), q.discount(),
          q.payable(), q.windowEndsOn());
    }
  }

  record AgingRowResponse(UUID customerId, CurrencyCode currency, List<Money> amounts, Money total) {}

  record AgingResponse(LocalDate asOf, AgingBasis basis, List<String> buckets, List<AgingRowResponse> rows) {
    static AgingResponse of(AgingReport r) {
      return new AgingResponse(r.asOf(), r.basis(), r.buckets().labels(), r.rows().stream()
          .map(row -> new AgingRowResponse(row.customerId().value(), row.currency(), row.amounts(), row.total()))
          .toList());
    }
  }

  record OpenAmountResponse(UUID itemId, LocalDate asOf, Money open) {}

  private static UUID uuid(ItemId id) {
    return id == null ? null : id.value();
  }

  private static UUID uuid(AllocationId id) {
    return id == null ? null : id.value();
  }
}
