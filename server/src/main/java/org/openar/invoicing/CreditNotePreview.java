package org.openar.invoicing;

import java.util.List;
import org.openar.shared.money.Money;

/**
 * What a credit note would credit, computed without saving; {@code creditableBefore} is what the invoice still allows
 * (gross, after earlier credit notes), {@code creditableAfter} what it would allow afterwards.
 */
public record CreditNotePreview(List<CreditNoteLine> lines, Totals totals, List<TaxGroup> taxGroups,
    Money creditableBefore, Money creditableAfter) {

  public CreditNotePreview {
    lines = List.copyOf(lines);
    taxGroups = List.copyOf(taxGroups);
  }
}
