package org.openar.cashapp.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.openar.cashapp.statement.StatementLine;
import org.openar.shared.money.Money;

/** A credit statement line as the engine sees it. */
public record Receipt(
    String lineId,
    LocalDate date,
    Money amount,
    String payerName,
    String payerAccount,
    String remittance,
    List<String> references,
    String endToEndId) {

  public Receipt {
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(amount, "amount");
    payerName = payerName == null ? "" : payerName;
    payerAccount = payerAccount == null ? "" : payerAccount;
    remittance = remittance == null ? "" : remittance;
    references = references == null ? List.of() : List.copyOf(references);
    endToEndId = endToEndId == null ? "" : endToEndId;
  }

  public static Receipt of(StatementLine l) {
    return new Receipt(l.lineId(), l.effectiveDate(), l.amount(), l.payerName(), l.payerAccount(), l.remittance(),
        l.structuredReferences(), l.endToEndId());
  }
}
