package org.openar.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openar.customers.Customers;
import org.openar.identity.Users;
import org.openar.shared.time.BusinessCalendar;
import org.openar.test.OpenArIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's own guards behind the application: lines and installments go into drafts only, and those of an
 * issued invoice never change, whatever SQL reaches the database (one row or many, mixed drafts and issued ones).
 */
@OpenArIntegrationTest
class InvoiceDatabaseGuardsTest {

  @Autowired Customers customers;
  @Autowired Users users;
  @Autowired MockMvc mvc;
  @Autowired Invoicing invoicing;
  @Autowired JdbcClient jdbc;
  @Autowired BusinessCalendar calendar;
  @Autowired TransactionTemplate tx;

  private static final String LINE = """
      insert into invoicing_invoice_line (invoice_id, line_no, description, quantity, unit_price, discount_percent,
          tax_rate, list_minor, discount_minor, net_minor, tax_minor, gross_minor)
      values (:a, 9, 'x', 1, 1, 0, 0, 100, 0, 100, 0, 100)""";
  private static final String LINES = LINE.replace("100, 0, 100)", "100, 0, 100), (:b, 9, 'x', 1, 1, 0, 0, 100, 0, 100, 0, 100)");
  private static final String INSTALLMENT = """
      insert into invoicing_installment (invoice_id, installment_no, due_date, amount_minor)
      values (:a, 9, current_date, 100)""";

  @Test
  void linesAndInstallmentsGoIntoDraftsOnlyAndThoseOfAnIssuedInvoiceNeverChange() {
    InvoicingFixture f = new InvoicingFixture(customers, users, mvc);
    LocalDate today = calendar.today();
    InvoiceView draft = invoicing.createDraft(draft(f, today));
    InvoiceView issued = invoicing.issue(invoicing.createDraft(draft(f, today)).id(), 0L);
    UUID d = draft.id().value();
    UUID i = issued.id().value();

    refused(LINE, i, null, "the lines of an issued invoice cannot be changed");
    refused(LINES, d, i, "the lines of an issued invoice cannot be changed"); // one statement, a draft and an issued
    refused(INSTALLMENT, i, null, "the installments of an issued invoice cannot be changed");
    refused("update invoicing_invoice_line set description = 'y' where invoice_id = :a", i, null,
        "the lines of an issued invoice cannot be changed");
    refused("delete from invoicing_invoice_line where invoice_id = :a", i, null,
        "the lines of an issued invoice cannot be changed");
    refused("update invoicing_installment set amount_minor = amount_minor + 1 where invoice_id = :a", i, null,
        "the installments of an issued invoice cannot be changed");

    // a draft takes them (rolled back: this only proves the guards let drafts through)
    tx.executeWithoutResult(s -> {
      assertThat(jdbc.sql(LINE).param("a", d).update()).isEqualTo(1);
      assertThat(jdbc.sql(INSTALLMENT).param("a", d).update()).isEqualTo(1);
      s.setRollbackOnly();
    });
    assertThat(jdbc.sql("select count(*) from invoicing_invoice_line where invoice_id in (:a, :b)")
        .param("a", d).param("b", i).query(Long.class).single()).isEqualTo(2);
  }

  private void refused(String sql, UUID a, UUID b, String message) {
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      var statement = jdbc.sql(sql).param("a", a);
      if (sql.contains(":b")) {
        statement = statement.param("b", b);
      }
      statement.update();
    })).isInstanceOf(DataAccessException.class).hasMessageContaining(message);
  }

  private static org.openar.invoicing.InvoiceDraft draft(InvoicingFixture f, LocalDate today) {
    return new InvoiceDraft(f.company.id(), f.acme.id(), null, today.minusDays(3), null, null, false, null, "PO-G", null,
        List.of(new InvoiceDraft.Line("商品", "件", BigDecimal.ONE, new BigDecimal("100.00"), null, BigDecimal.valueOf(13))),
        null);
  }
}
