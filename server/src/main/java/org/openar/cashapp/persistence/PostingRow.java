package org.openar.cashapp.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.domain.Resolution;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;

/** One posting of a line: active until {@code reversedAt} is set. {@code kind} is MATCH or ON_ACCOUNT. */
public record PostingRow(UUID id, StatementLineId lineId, CompanyId companyId, CustomerId customerId, String kind,
    Resolution mode, List<UUID> receiptIds, List<UUID> writeOffIds, String detailsJson, Instant postedAt,
    String postedBy, Instant reversedAt, String reversedBy, String reversalReason) {

  public PostingRow {
    receiptIds = List.copyOf(receiptIds);
    writeOffIds = List.copyOf(writeOffIds);
  }

  public boolean active() {
    return reversedAt == null;
  }
}
