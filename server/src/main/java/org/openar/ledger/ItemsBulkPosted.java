package org.openar.ledger;

import java.util.Map;
import java.util.UUID;
import org.openar.shared.money.CurrencyCode;

/**
 * A bulk post inserted {@code count} items; their rows carry {@code batchId}. One event per call instead of one per
 * item, so an import of a million invoices does not write a million event publications.
 */
public record ItemsBulkPosted(UUID batchId, int count, Map<CurrencyCode, Long> totalMinorByCurrency) {

  public ItemsBulkPosted {
    totalMinorByCurrency = Map.copyOf(totalMinorByCurrency);
  }
}
