package org.openar.invoicing.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.persistence.InvoiceRepository;
import org.openar.ledger.AllocationReversed;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemReversed;
import org.openar.ledger.ItemsAllocated;
import org.openar.ledger.LedgerQueries;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the open amounts of issued invoices (the list's filters and sorting by open amount, overdue days and payment
 * status) in step with the ledger. Each event only says which ledger items changed; their current open amounts are
 * read from the ledger under the invoice's row lock, so late or reordered events still leave the latest state.
 */
@Component
public class OpenAmountMirror {

  private final InvoiceRepository invoices;
  private final LedgerQueries ledger;

  public OpenAmountMirror(InvoiceRepository invoices, LedgerQueries ledger) {
    this.invoices = invoices;
    this.ledger = ledger;
  }

  @ApplicationModuleListener
  void on(ItemsAllocated e) {
    refresh(e.lines().stream().map(ItemsAllocated.Line::debitItemId).toList());
  }

  @ApplicationModuleListener
  void on(AllocationReversed e) {
    refresh(List.of(e.debitItemId()));
  }

  @ApplicationModuleListener
  void on(ItemReversed e) {
    refresh(List.of(e.itemId()));
  }

  /** Re-reads the open amounts of these ledger items for the invoices they belong to. */
  public void refresh(List<ItemId> items) {
    invoices.installmentsOf(items).forEach(this::refresh);
  }

  private void refresh(InvoiceId invoice, Map<Integer, ItemId> installments) {
    if (!invoices.lock(invoice)) {
      return;
    }
    Map<Integer, Long> open = new HashMap<>();
    installments.forEach((no, item) -> ledger.find(item).ifPresent(v -> open.put(no, v.openAmount().minor())));
    invoices.applyOpen(invoice, open);
  }
}
