package org.openar.reporting.app;

import static org.openar.shared.pdf.Html.escape;

import java.util.List;
import org.openar.ledger.AccountStatement;
import org.openar.ledger.AgingItem;
import org.openar.ledger.Side;
import org.openar.reporting.StatementDocument;

/** The tables of one currency section of a statement. */
final class StatementTables {

  private StatementTables() {}

  static void account(StringBuilder b, AccountStatement.Section a, StatementDocument d, StatementText t) {
    b.append("<table class=\"grid\"><thead><tr>");
    head(b, t, "statement.col.date", "statement.col.document", "statement.col.description", "statement.col.dueDate");
    headNum(b, t, "statement.col.debit", "statement.col.credit", "statement.col.balance");
    b.append("</tr></thead><tbody>");
    b.append("<tr><td>").append(d.from().minusDays(1)).append("</td><td></td><td>")
        .append(escape(t.get("statement.opening"))).append("</td><td></td><td></td><td></td><td class=\"num\">")
        .append(t.money(a.opening())).append("</td></tr>");
    for (AccountStatement.Line l : a.lines()) {
      String description = t.describe(l);
      if (l.reference() != null && !l.reference().isBlank() && l.type() != org.openar.ledger.ItemType.DISCOUNT) {
        description += " · " + l.reference();
      }
      b.append("<tr><td>").append(l.date()).append("</td><td>")
          .append(escape(StatementText.document(l.documentNumber(), l.installmentNo()))).append("</td><td>")
          .append(escape(description)).append("</td><td>")
          .append(l.type() == org.openar.ledger.ItemType.REVERSAL || l.dueDate() == null ? "" : l.dueDate())
          .append("</td><td class=\"num\">").append(t.money(l.debit())).append("</td><td class=\"num\">")
          .append(t.money(l.credit())).append("</td><td class=\"num\">").append(t.money(l.balance()))
          .append("</td></tr>");
    }
    b.append("<tr class=\"sum\"><td>").append(d.to()).append("</td><td></td><td>")
        .append(escape(t.get("statement.closing"))).append("</td><td></td><td class=\"num\">")
        .append(t.money(a.debits())).append("</td><td class=\"num\">").append(t.money(a.credits()))
        .append("</td><td class=\"num\">").append(t.money(a.closing())).append("</td></tr></tbody></table>");
  }

  static void applications(StringBuilder b, List<AccountStatement.Application> apps, StatementText t) {
    b.append("<h3>").append(escape(t.get("statement.applications"))).append("</h3>");
    b.append("<table class=\"grid\"><thead><tr>");
    head(b, t, "statement.col.date", "statement.col.credit", "statement.col.appliedTo");
    headNum(b, t, "statement.col.amount");
    b.append("</tr></thead><tbody>");
    for (AccountStatement.Application a : apps) {
      String credit = t.kind(a.creditType()) + " " + a.creditDocumentNumber();
      String debit = StatementText.document(a.debitDocumentNumber(), a.debitInstallmentNo())
          + (a.undo() ? " " + t.get("statement.undone") : "");
      b.append("<tr><td>").append(a.date()).append("</td><td>").append(escape(credit)).append("</td><td>")
          .append(escape(debit)).append("</td><td class=\"num\">").append(t.money(a.amount())).append("</td></tr>");
    }
    b.append("</tbody></table>");
  }

  static void openItems(StringBuilder b, List<AgingItem> items, StatementText t) {
    b.append("<table class=\"grid\"><thead><tr>");
    head(b, t, "statement.col.document", "statement.col.description", "statement.col.date", "statement.col.dueDate");
    headNum(b, t, "statement.col.daysOverdue", "statement.col.original", "statement.col.open");
    b.append("</tr></thead><tbody>");
    for (AgingItem i : items) {
      String days = i.side() == Side.DEBIT && i.daysPast() > 0 ? String.valueOf(i.daysPast()) : "";
      b.append("<tr><td>").append(escape(StatementText.document(i.documentNumber(), i.installmentNo())))
          .append("</td><td>").append(escape(t.kind(i.type()))).append("</td><td>")
          .append(i.side() == Side.DEBIT ? i.documentDate() : i.valueDate()).append("</td><td>")
          .append(i.dueDate() == null ? "" : i.dueDate()).append("</td><td class=\"num\">").append(days)
          .append("</td><td class=\"num\">").append(t.money(i.originalAmount())).append("</td><td class=\"num\">")
          .append(t.money(i.signedAmount())).append("</td></tr>");
    }
    b.append("</tbody></table>");
  }

  private static void head(StringBuilder b, StatementText t, String... keys) {
    for (String k : keys) {
      b.append("<th>").append(escape(t.get(k))).append("</th>");
    }
  }

  private static void headNum(StringBuilder b, StatementText t, String... keys) {
    for (String k : keys) {
      b.append("<th class=\"num\">").append(escape(t.get(k))).append("</th>");
    }
  }
}
