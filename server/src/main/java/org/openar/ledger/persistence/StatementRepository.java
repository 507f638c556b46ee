package org.openar.ledger.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openar.customers.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The three reads of a statement of account: balances brought forward, items of the period, applications. */
@Repository
public class StatementRepository {

  /** Net balance per currency before the period, in minor units. */
  public record Opening(String currency, long net) {}

  /** An item posted in the period with what a REVERSAL cancels. */
  public record LineRow(UUID id, String type, String side, String currency, long amount, LocalDate ledgerDate,
      String documentNumber, Integer installmentNo, String reference, LocalDate dueDate, String reversedType,
      String reversedNumber) {}

  /** An allocation row of a receipt or credit note (negative when it undoes one). */
  public record ApplicationRow(LocalDate date, String currency, long amount, boolean undo, String creditType,
      String creditNumber, String debitNumber, Integer debitInstallment) {}

  private final JdbcClient jdbc;

  public StatementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Opening> openings(CustomerId customer, LocalDate from) {
    return jdbc.sql("""
            select currency, sum(case when side = 'D' then original_minor else -original_minor end) as net
              from ledger_item i where customer_id = :c and coalesce(value_date, document_date) < :from
             group by currency""")
        .param("c", customer.value()).param("from", from)
        .query((rs, n) -> new Opening(rs.getString("currency"), rs.getLong("net"))).list();
  }

  public List<LineRow> lines(CustomerId customer, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            select i.id, i.type, i.side, i.currency, i.original_minor, coalesce(i.value_date, i.document_date) as d,
                   i.document_number, i.installment_no, i.reference, i.due_date, r.type as reversed_type,
                   r.document_number as reversed_number
              from ledger_item i left join ledger_item r on r.id = i.reverses_item_id
             where i.customer_id = :c and coalesce(i.value_date, i.document_date) between :from and :to
             order by d, i.created_at, i.id""")
        .param("c", customer.value()).param("from", from).param("to", to)
        .query((rs, n) -> new LineRow(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("side"),
            rs.getString("currency"), rs.getLong("original_minor"), rs.getObject("d", LocalDate.class),
            rs.getString("document_number"), rs.getObject("installment_no", Integer.class), rs.getString("reference"),
            rs.getObject("due_date", LocalDate.class), rs.getString("reversed_type"),
            rs.getString("reversed_number")))
        .list();
  }

  /** Receipts and credit notes applied to debits (not to the counter-entries of reversals) in the period. */
  public List<ApplicationRow> applications(CustomerId customer, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            select a.effective_date, a.currency, a.amount_minor, a.undoes_id is not null as undo, c.type as credit_type,
                   c.document_number as credit_number, d.document_number as debit_number, d.installment_no
              from ledger_item c
              join ledger_allocation a on a.credit_item_id = c.id
              join ledger_item d on d.id = a.debit_item_id
             where c.customer_id = :c and c.type in ('PAYMENT', 'ADVANCE', 'CREDIT_NOTE') and d.type <> 'REVERSAL'
               and a.effective_date between :from and :to
             order by a.effective_date, a.seq""")
        .param("c", customer.value()).param("from", from).param("to", to)
        .query((rs, n) -> new ApplicationRow(rs.getObject("effective_date", LocalDate.class),
            rs.getString("currency"), rs.getLong("amount_minor"), rs.getBoolean("undo"), rs.getString("credit_type"),
            rs.getString("credit_number"), rs.getString("debit_number"),
            rs.getObject("installment_no", Integer.class)))
        .list();
  }
}
