package org.openar.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/**
 * Writing to the ledger: posting items, allocating credits to debits, undoing allocations, reversing items. Every
 * method runs in its own transaction (or joins the caller's), writes an audit record and publishes an event; every
 * refusal is an {@link org.openar.shared.error.OpenArException} with a {@link LedgerError} (or shared) code and writes
 * nothing. A refusal does not mark the caller's transaction rollback-only, so a loop can skip a refused item and go
 * on (after LEDGER_ITEM_BUSY or a duplicate found only by the database, PostgreSQL has aborted the transaction
 * anyway). Nothing is ever updated away: an unallocation is a new row, a reversal a counter-entry.
 *
 * <p>Items touched by a call are locked {@code FOR UPDATE NOWAIT}: a call that finds one of its items busy in another
 * transaction fails at once with {@link LedgerError#LEDGER_ITEM_BUSY} (409) instead of waiting, so two clerks applying
 * the same payment at the same moment can never both win. Callers that run unattended (cash application, imports) retry.
 *
 * <p>Dates: an allocation, unallocation or reversal is effective on a business date that may not lie in the future nor
 * before the items it touches exist; the ledger refuses any change that would make an open amount negative or larger
 * than the original on any date, so the state reconstructed for any past date is always a valid ledger.
 */
public interface Ledger {

  /** Posts one item. Invoices normally come from invoicing; system types (DISCOUNT, WRITE_OFF, REVERSAL) are refused. */
  ItemView post(PostItem item);

  /** Records a receipt (PAYMENT or ADVANCE) and, in the same transaction, allocates it to the given debits. */
  AllocationResult receive(PostItem receipt, LocalDate effectiveDate, List<AllocationLine> allocations);

  /**
   * Posts many items in one transaction, each exactly as {@link #post} would (same checks, one audit record and one
   * {@link ItemPosted} per item, in list order), but written with batched statements. All or nothing: the first refused
   * item throws and nothing is written. Returns the posted items in request order.
   */
  List<ItemView> postAll(List<PostItem> items);

  /**
   * Records many receipts with their allocations in one transaction, in list order, each exactly as {@link #receive}
   * would (same checks, items, rows, discounts and audit records) but written with batched statements. All or
   * nothing: the first refusal throws and nothing is written. A receipt whose {@code amount} is null is for exactly
   * what its lines apply (a line without amount settles its debit, less the discount it earns). The allocations are
   * announced by one {@link ItemsAllocatedInBulk} (one {@link ItemsAllocated} per receipt inside) instead of one event
   * per receipt. Returns one result per receipt, in request order.
   */
  List<AllocationResult> receiveAll(List<Receipt> receipts);

  /**
   * Many allocations in one transaction, in list order, each exactly as {@link #allocate} would (same checks, rows,
   * discounts and audit records) but written with batched statements. All or nothing. Announced by one
   * {@link ItemsAllocatedInBulk}. Returns one result per request, in request order.
   */
  List<AllocationResult> allocateAll(List<Allocate> requests);

  /** One receipt of {@link #receiveAll}: the arguments of {@link #receive}. */
  record Receipt(PostItem receipt, LocalDate effectiveDate, List<AllocationLine> allocations) {}

  /**
   * Validates and inserts many items at once through PostgreSQL COPY, for imports: rows that fail validation or whose
   * document number is already taken come back as {@link Rejection}s (by index into {@code items}) and the others are
   * inserted. One audit record and one {@link ItemsBulkPosted} event per call. At most 100,000 items per call.
   */
  BulkResult postBulk(List<PostItem> items);

  /** Allocates one credit item to one or more debit items of the same customer and currency. */
  AllocationResult allocate(Allocate request);

  /** Undoes one allocation (and the discount it earned) by a new unallocation row; the items re-open. */
  UnallocationResult unallocate(Unallocate request);

  /** Reverses an item: undoes its allocations, then posts a REVERSAL counter-entry allocated against it. */
  ReversalResult reverse(Reverse request);

  /** Writes off (part of) a debit's open amount with a WRITE_OFF credit; call it after the approval was granted. */
  WriteOffResult writeOff(WriteOff request);

  /**
   * An item to post. {@code companyId} may be null (it is the customer's company) but must match when given. Debits
   * need {@code dueDate} or {@code paymentTerms} (the due date then follows from the terms); credits take
   * {@code valueDate} (default: the document date) and have neither due date nor terms. {@code installmentNo} (1..999)
   * distinguishes the installments of one document; document numbers are unique per company, type and installment.
   */
  record PostItem(
      ItemType type,
      CompanyId companyId,
      CustomerId customerId,
      String documentNumber,
      Integer installmentNo,
      Money amount,
      LocalDate documentDate,
      LocalDate dueDate,
      LocalDate valueDate,
      PaymentTerms paymentTerms,
      String reference,
      String description,
      String externalRef) {

    public static PostItem invoice(CustomerId customer, String number, Money amount, LocalDate date, LocalDate due) {
      return new PostItem(ItemType.INVOICE, null, customer, number, null, amount, date, due, null, null, null, null,
          null);
    }

    public static PostItem payment(CustomerId customer, String number, Money amount, LocalDate valueDate) {
      return new PostItem(ItemType.PAYMENT, null, customer, number, null, amount, valueDate, null, valueDate, null,
          null, null, null);
    }
  }

  /**
   * Apply the credit to one debit. {@code amount} null means "as much as settles it": the open amount less the discount
   * earned, limited to what is left of the credit. With {@code takeDiscount} (default true) a cash receipt inside the
   * debit's discount window that, together with the discount, settles the debit earns the discount (at most the tier's
   * amount) as a DISCOUNT item.
   */
  record AllocationLine(ItemId debitItemId, Money amount, Boolean takeDiscount) {
    public boolean discountWanted() {
      return takeDiscount == null || takeDiscount;
    }
  }

  /** {@code effectiveDate} null: per line, the later of the credit's value date and the debit's document date. */
  record Allocate(ItemId creditItemId, LocalDate effectiveDate, List<AllocationLine> lines, String note) {}

  /** {@code effectiveDate} null: today. It may not be before the allocation's own effective date. */
  record Unallocate(AllocationId allocationId, LocalDate effectiveDate, String note) {}

  /** {@code date} null: today. The reason is required and kept on the REVERSAL entry. */
  record Reverse(ItemId itemId, String reason, LocalDate date) {}

  /** {@code amount} null: the whole open amount. {@code date} null: today. */
  record WriteOff(ItemId debitItemId, Money amount, LocalDate date, String reason) {}

  record AllocationResult(ItemView credit, List<AppliedLine> lines) {
    public AllocationResult {
      lines = List.copyOf(lines);
    }
  }

  /** One applied line; the discount fields are null when no discount was earned. */
  record AppliedLine(
      AllocationId allocationId,
      ItemId debitItemId,
      String documentNumber,
      Money amount,
      LocalDate effectiveDate,
      Money discount,
      ItemId discountItemId,
      AllocationId discountAllocationId,
      Money debitOpenAfter) {}

  /** The allocations undone (the requested one first, then those undone with it) and every item whose state changed. */
  record UnallocationResult(List<AllocationView> undone, List<ItemView> items) {
    public UnallocationResult {
      undone = List.copyOf(undone);
      items = List.copyOf(items);
    }
  }

  record ReversalResult(ItemView reversed, ItemView reversal, List<AllocationView> undone) {
    public ReversalResult {
      undone = List.copyOf(undone);
    }
  }

  record WriteOffResult(ItemView writeOff, AllocationId allocationId, ItemView debit) {}

  record BulkResult(UUID batchId, int accepted, List<Rejection> rejected) {
    public BulkResult {
      rejected = List.copyOf(rejected);
    }
  }

  /** A refused row of a bulk post: its index in the request and every reason. */
  record Rejection(int index, List<FieldViolation> violations) {
    public Rejection {
      violations = List.copyOf(violations);
    }
  }
}
