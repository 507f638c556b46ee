package org.openar.invoicing.app;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.invoicing.InvoiceId;
import org.openar.invoicing.persistence.InvoiceRepository;
import org.openar.ledger.AllocationReversed;
import org.openar.ledger.ItemId;
import org.openar.ledger.ItemReversed;
import org.openar.ledger.ItemsAllocated;
import org.openar.ledger.ItemsAllocatedInBulk;
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
  void on(ItemsAllocatedInBulk e) {
    refresh(e.debitItemIds());
  }

  @ApplicationModuleListener
  void on(AllocationReversed e) {
    refresh(List.of(e.debitItemId()));
  }

  @ApplicationModuleListener
  void on(ItemReversed e) {
    refresh(List.of(e.itemId()));
  }

  /**
   * Re-reads the open amounts of these ledger items for the invoices they belong to: the invoices locked in one
   * statement, the ledger read in one query, the mirror written in one batch, however many items there are.
   */
  public void refresh(List<ItemId> items) {
    Map<InvoiceId, Map<Integer, ItemId>> installments = invoices.installmentsOf(items);
    installments.keySet().retainAll(invoices.lockAll(installments.keySet()));
    if (installments.isEmpty()) {
      return;
    }
    Map<ItemId, Long> open = new HashMap<>();
    ledger.findAll(installments.values().stream().flatMap(m -> m.values().stream()).toList())
        .forEach(v -> open.put(v.id(), v.openAmount().minor()));
    Map<InvoiceId, Map<Integer, Long>> byInvoice = new LinkedHashMap<>();
    installments.forEach((invoice, byNo) -> byNo.forEach((no, item) -> {
      Long minor = open.get(item);
      if (minor != null) {
        byInvoice.computeIfAbsent(invoice, k -> new HashMap<>()).put(no, minor);
      }
    }));
    invoices.applyOpenAll(byInvoice);
  }
}
