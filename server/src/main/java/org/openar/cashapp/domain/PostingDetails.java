package org.openar.cashapp.domain;

import java.util.List;
import java.util.UUID;
import org.openar.shared.money.Money;

/**
 * What a posting wrote to the ledger, kept with it (JSONB) so the line shows it and a reversal knows what to undo:
 * per receipt its document number, amount and what stayed on account; per applied item the allocation, the discount
 * the ledger earned and the write-off.
 */
public record PostingDetails(List<ReceiptDone> receipts) {

  public PostingDetails {
    receipts = List.copyOf(receipts);
  }

  public record ReceiptDone(UUID receiptId, String documentNumber, UUID customerId, String customerName, Money amount,
      Money onAccount, List<AppliedDone> applied) {

    public ReceiptDone {
      applied = List.copyOf(applied);
    }
  }

  /** {@code discount}, {@code discountItemId}, {@code writeOff} and {@code writeOffItemId} are null when none. */
  public record AppliedDone(UUID itemId, String documentNumber, UUID allocationId, Money amount, Money discount,
      UUID discountItemId, Money writeOff, UUID writeOffItemId, Money openAfter) {}
}
