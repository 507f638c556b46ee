package org.openar.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.ledger.AgingBasis;
import org.openar.ledger.AgingItem;
import org.openar.ledger.ItemType;
import org.openar.ledger.Side;
import org.openar.reporting.AgingItemRow;
import org.openar.reporting.AgingResult;
import org.openar.reporting.AgingRow;
import org.openar.shared.money.Money;
import org.openar.shared.paging.Page;

/** Response bodies of the aging endpoints. */
final class AgingResponses {

  private AgingResponses() {}

  /** {@code buckets}: the bounds as given ("30,60,90,180"); {@code labels}: one stable code per bucket. */
  record Report(LocalDate asOf, AgingBasis basis, String buckets, List<String> labels, String by, boolean converted,
      Page<AgingRow> rows, List<AgingRow> totals) {
    static Report of(AgingResult r) {
      return new Report(r.asOf(), r.basis(), r.buckets().code(), r.labels(), r.groupBy().code(), r.converted(),
          r.rows(), r.totals());
    }
  }

  record Item(UUID id, UUID companyId, UUID customerId, String customerCode, String customerNameZh,
      String customerNameEn, ItemType type, Side side, String documentNumber, Integer installmentNo,
      String reference, LocalDate documentDate, LocalDate dueDate, LocalDate valueDate, LocalDate basisDate,
      long daysPast, int bucket, Money originalAmount, Money openAmount, Money signedAmount,
      Money convertedAmount) {
    static Item of(AgingItemRow row) {
      AgingItem i = row.item();
      return new Item(i.id().value(), i.companyId().value(), i.customerId().value(), row.customerCode(),
          row.customerNameZh(), row.customerNameEn(), i.type(), i.side(), i.documentNumber(), i.installmentNo(),
          i.reference(), i.documentDate(), i.dueDate(), i.valueDate(), i.basisDate(), i.daysPast(), i.bucket(),
          i.originalAmount(), i.openAmount(), i.signedAmount(), row.convertedAmount());
    }
  }
}
