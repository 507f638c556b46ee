package org.openar.invoicing.app;

import java.util.List;
import org.openar.invoicing.CreditNoteLine;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.Installment;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.PricedLine;

/** The tables of the invoice and credit-note PDFs. */
final class InvoicePdfParts {

  private InvoicePdfParts() {}

  static void row(StringBuilder sb, String label, String value) {
    sb.append("<tr><td>").append(label).append("</td><td>").append(value).append("</td></tr>");
  }

  static String meta(InvoiceView i, PdfFormat f) {
    StringBuilder sb = new StringBuilder("<table class=\"meta\">");
    if (i.number() != null) {
      row(sb, f.t("invoice.number"), "<b>" + PdfFormat.esc(i.number()) + "</b>");
    }
    row(sb, f.t("invoice.date"), f.date(i.invoiceDate()));
    row(sb, f.t("invoice.terms"), PdfFormat.esc(i.paymentTerms()));
    row(sb, f.t("invoice.dueDate"), f.date(i.dueDate()));
    row(sb, f.t("invoice.currency"), i.currency().code());
    row(sb, f.t("invoice.pricing"), f.t(i.pricesIncludeTax() ? "invoice.inclusive" : "invoice.exclusive")
        + " · " + f.label("taxRounding", i.taxRounding()));
    if (i.reference() != null) {
      row(sb, f.t("invoice.reference"), PdfFormat.esc(i.reference()));
    }
    return sb.append("</table>").toString();
  }

  static String lines(InvoiceView i, PdfFormat f) {
    String c = i.currency().code();
    StringBuilder sb = new StringBuilder("<table class=\"lines\"><tr><th>#</th><th>").append(f.t("col.description"))
        .append("</th><th>").append(f.t("col.unit")).append("</th><th class=\"num\">").append(f.t("col.quantity"))
        .append("</th><th class=\"num\">").append(f.t("col.unitPrice")).append("</th><th class=\"num\">")
        .append(f.t("col.discount")).append("</th><th class=\"num\">").append(f.t("col.net", c))
        .append("</th><th class=\"num\">").append(f.t("col.taxRate")).append("</th><th class=\"num\">")
        .append(f.t("col.tax", c)).append("</th></tr>");
    for (PricedLine l : i.lines()) {
      sb.append("<tr><td>").append(l.lineNo()).append("</td><td>").append(PdfFormat.esc(l.description()))
          .append("</td><td>").append(PdfFormat.esc(l.unit())).append("</td><td class=\"num\">")
          .append(f.decimal(l.quantity(), 0, 4)).append("</td><td class=\"num\">")
          .append(f.decimal(l.unitPrice(), i.currency().minorDigits(), i.currency().minorDigits()))
          .append("</td><td class=\"num\">").append(l.discountPercent().signum() == 0 ? "" : f.percent(l.discountPercent()))
          .append("</td><td class=\"num\">").append(f.amount(l.netAmount())).append("</td><td class=\"num\">")
          .append(f.percent(l.taxRate())).append("</td><td class=\"num\">").append(f.amount(l.taxAmount()))
          .append("</td></tr>");
    }
    return sb.append("</table>").toString();
  }

  static String installments(InvoiceView i, PdfFormat f) {
    if (i.installments().size() < 2) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<h2>").append(f.t("installments")).append("</h2><table class=\"lines\">")
        .append("<tr><th>#</th><th>").append(f.t("col.dueDate")).append("</th><th class=\"num\">")
        .append(f.t("col.percent")).append("</th><th class=\"num\">").append(f.t("col.amount", i.currency().code()))
        .append("</th></tr>");
    for (Installment n : i.installments()) {
      sb.append("<tr><td>").append(n.installmentNo()).append("</td><td>").append(f.date(n.dueDate()))
          .append("</td><td class=\"num\">").append(f.percent(n.percent())).append("</td><td class=\"num\">")
          .append(f.amount(n.amount())).append("</td></tr>");
    }
    return sb.append("</table>").toString();
  }

  static String credits(List<CreditNoteView> notes, PdfFormat f) {
    if (notes.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<h2>").append(f.t("creditNotes")).append("</h2><table class=\"lines\">");
    for (CreditNoteView n : notes) {
      sb.append("<tr><td>").append(PdfFormat.esc(n.number())).append("</td><td>").append(f.date(n.creditDate()))
          .append("</td><td>").append(PdfFormat.esc(n.reason())).append("</td><td class=\"num\">")
          .append(f.amount(n.totals().gross())).append(' ').append(n.currency().code()).append("</td></tr>");
    }
    return sb.append("</table>").toString();
  }

  static String creditMeta(CreditNoteView n, InvoiceView invoice, PdfFormat f) {
    StringBuilder sb = new StringBuilder("<table class=\"meta\">");
    row(sb, f.t("creditNote.number"), "<b>" + PdfFormat.esc(n.number()) + "</b>");
    row(sb, f.t("creditNote.date"), f.date(n.creditDate()));
    row(sb, f.t("creditNote.invoice"), PdfFormat.esc(n.invoiceNumber()) + " (" + f.date(invoice.invoiceDate()) + ")");
    row(sb, f.t("creditNote.mode"), f.label("creditMode", n.mode()));
    row(sb, f.t("creditNote.reason"), PdfFormat.esc(n.reason()));
    row(sb, f.t("invoice.currency"), n.currency().code());
    return sb.append("</table>").toString();
  }

  static String creditLines(CreditNoteView n, PdfFormat f) {
    String c = n.currency().code();
    StringBuilder sb = new StringBuilder("<table class=\"lines\"><tr><th>#</th><th>").append(f.t("col.description"))
        .append("</th><th class=\"num\">").append(f.t("col.quantity")).append("</th><th class=\"num\">")
        .append(f.t("col.unitPrice")).append("</th><th class=\"num\">").append(f.t("col.net", c))
        .append("</th><th class=\"num\">").append(f.t("col.taxRate")).append("</th><th class=\"num\">")
        .append(f.t("col.tax", c)).append("</th></tr>");
    for (CreditNoteLine l : n.lines()) {
      String description = l.invoiceLineNo() != null
          ? f.t("creditNote.lineOf", l.invoiceLineNo()) + " " + PdfFormat.esc(l.description())
          : f.t("creditNote.amountLine");
      sb.append("<tr><td>").append(l.lineNo()).append("</td><td>").append(description).append("</td><td class=\"num\">")
          .append(f.decimal(l.quantity(), 0, 4)).append("</td><td class=\"num\">")
          .append(f.decimal(l.unitPrice(), n.currency().minorDigits(), n.currency().minorDigits()))
          .append("</td><td class=\"num\">").append(f.amount(l.netAmount())).append("</td><td class=\"num\">")
          .append(f.percent(l.taxRate())).append("</td><td class=\"num\">").append(f.amount(l.taxAmount()))
          .append("</td></tr>");
    }
    return sb.append("</table>").toString();
  }
}
