package org.openar.invoicing.app;

import java.util.List;
import java.util.Locale;
import org.openar.customers.CompanyView;
import org.openar.invoicing.CreditNoteView;
import org.openar.invoicing.CustomerSnapshot;
import org.openar.invoicing.InvoiceStatus;
import org.openar.invoicing.InvoiceView;
import org.openar.invoicing.TaxGroup;
import org.openar.invoicing.Totals;
import org.openar.invoicing.domain.ChineseAmountWords;
import org.openar.shared.i18n.Messages;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.pdf.PdfDocument;
import org.openar.shared.pdf.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * Invoice and credit-note PDFs in Chinese or English: the company's letterhead, buyer, lines, the VAT summary by
 * rate, totals (in Chinese capitals for 元 amounts), installments and notes. Rendered with the embedded CJK font.
 */
@Component
public class DocumentPdfs {

  static final String CSS = """
      .letterhead { border-bottom: 1.5pt solid #1f3a60; padding-bottom: 4pt; margin-bottom: 8pt; }
      .letterhead .name { font-size: 15pt; font-weight: 700; color: #1f3a60; }
      .letterhead .other { font-size: 9pt; color: #555555; }
      h1 { font-size: 17pt; margin: 6pt 0 8pt 0; }
      .draft { color: #b00020; font-weight: 700; font-size: 11pt; border: 1pt solid #b00020; padding: 3pt 6pt; }
      table.meta td { padding: 1pt 8pt 1pt 0; }
      table.lines { margin-top: 8pt; font-size: 8.5pt; }
      table.lines th { background: #eef2f7; border-bottom: 0.75pt solid #1f3a60; }
      table.lines td { border-bottom: 0.25pt solid #cccccc; }
      table.totals { width: 60%; margin-left: 40%; margin-top: 8pt; }
      table.totals td { white-space: nowrap; }
      .words { margin-top: 4pt; }
      h2 { font-size: 11pt; margin: 12pt 0 4pt 0; }
      .notes { margin-top: 10pt; white-space: pre-wrap; }
      """;

  private final Messages messages;
  private final PdfRenderer renderer;
  private final Parties parties;

  public DocumentPdfs(Messages messages, PdfRenderer renderer, Parties parties) {
    this.messages = messages;
    this.renderer = renderer;
    this.parties = parties;
  }

  public byte[] invoice(InvoiceView invoice, List<CreditNoteView> creditNotes, Locale locale) {
    PdfFormat f = new PdfFormat(messages, locale);
    CompanyView company = parties.company(invoice.companyId());
    String title = invoice.status() == InvoiceStatus.DRAFT ? f.t("invoice.draftTitle") : f.t("invoice.title");
    StringBuilder html = new StringBuilder(letterhead(company, f)).append("<h1>").append(title).append("</h1>");
    if (invoice.status() == InvoiceStatus.DRAFT) {
      html.append("<p class=\"draft\">").append(f.t("invoice.draftWarning")).append("</p>");
    }
    html.append(InvoicePdfParts.meta(invoice, f)).append(buyer(invoice.customer(), invoice.customerId(), f))
        .append(InvoicePdfParts.lines(invoice, f)).append(totals(invoice.totals(), invoice.currency(), f))
        .append(taxGroups(invoice.taxGroups(), invoice.currency(), f))
        .append(InvoicePdfParts.installments(invoice, f)).append(InvoicePdfParts.credits(creditNotes, f));
    if (invoice.notes() != null) {
      html.append("<div class=\"notes\">").append(PdfFormat.esc(invoice.notes())).append("</div>");
    }
    String docTitle = invoice.number() != null ? invoice.number() : f.t("invoice.draftTitle");
    return render(html, docTitle, company, f);
  }

  public byte[] creditNote(CreditNoteView note, InvoiceView invoice, Locale locale) {
    PdfFormat f = new PdfFormat(messages, locale);
    CompanyView company = parties.company(note.companyId());
    StringBuilder html = new StringBuilder(letterhead(company, f)).append("<h1>").append(f.t("creditNote.title"))
        .append("</h1>").append(InvoicePdfParts.creditMeta(note, invoice, f))
        .append(buyer(note.customer(), note.customerId(), f)).append(InvoicePdfParts.creditLines(note, f))
        .append(totals(note.totals(), note.currency(), f)).append(taxGroups(note.taxGroups(), note.currency(), f));
    return render(html, note.number(), company, f);
  }

  private byte[] render(StringBuilder html, String title, CompanyView company, PdfFormat f) {
    String header = PdfFormat.esc(companyName(company, f.chinese)) + " · " + PdfFormat.esc(title);
    return renderer.render(new PdfDocument(title, header, html.toString(), CSS, f.locale));
  }

  static String companyName(CompanyView c, boolean chinese) {
    String zh = c.name();
    String en = c.nameEn() == null || c.nameEn().isBlank() ? null : c.nameEn();
    return chinese || en == null ? zh : en;
  }

  private static String letterhead(CompanyView c, PdfFormat f) {
    String main = companyName(c, f.chinese);
    String other = f.chinese ? c.nameEn() : (main.equals(c.name()) ? null : c.name());
    return "<div class=\"letterhead\"><div class=\"name\">" + PdfFormat.esc(main) + "</div>"
        + (other == null || other.isBlank() ? "" : "<div class=\"other\">" + PdfFormat.esc(other) + "</div>")
        + "</div>";
  }

  private String buyer(CustomerSnapshot c, org.openar.customers.CustomerId id, PdfFormat f) {
    String address = parties.billingAddress(id);
    StringBuilder sb = new StringBuilder("<h2>").append(f.t("buyer")).append("</h2><table class=\"meta\">");
    InvoicePdfParts.row(sb, f.t("buyer.name"), PdfFormat.esc(c.displayName(f.chinese)));
    String other = c.displayName(!f.chinese);
    if (other != null && !other.equals(c.displayName(f.chinese))) {
      InvoicePdfParts.row(sb, "", PdfFormat.esc(other));
    }
    InvoicePdfParts.row(sb, f.t("buyer.code"), PdfFormat.esc(c.code()));
    if (c.taxId() != null) {
      InvoicePdfParts.row(sb, f.t("buyer.taxId"), PdfFormat.esc(c.taxId()));
    }
    if (address != null) {
      InvoicePdfParts.row(sb, f.t("buyer.address"), PdfFormat.esc(address));
    }
    return sb.append("</table>").toString();
  }

  private static String totals(Totals t, CurrencyCode currency, PdfFormat f) {
    StringBuilder sb = new StringBuilder("<table class=\"totals\">");
    totalRow(sb, f.t("totals.net", currency.code()), f.amount(t.net()));
    totalRow(sb, f.t("totals.tax", currency.code()), f.amount(t.tax()));
    totalRow(sb, "<b>" + f.t("totals.gross", currency.code()) + "</b>", "<b>" + f.amount(t.gross()) + "</b>");
    sb.append("</table>");
    if (f.chinese && currency.equals(CurrencyCode.CNY) && ChineseAmountWords.applies(t.gross())) {
      sb.append("<p class=\"words\">").append(f.t("totals.words")).append(' ')
          .append(PdfFormat.esc(ChineseAmountWords.of(t.gross()))).append("</p>");
    }
    return sb.toString();
  }

  private static void totalRow(StringBuilder sb, String label, String amount) {
    sb.append("<tr><td>").append(label).append("</td><td class=\"num\">").append(amount).append("</td></tr>");
  }

  private static String taxGroups(List<TaxGroup> groups, CurrencyCode currency, PdfFormat f) {
    StringBuilder sb = new StringBuilder("<h2>").append(f.t("taxSummary")).append("</h2><table class=\"lines\">")
        .append("<tr><th>").append(f.t("col.taxRate")).append("</th><th class=\"num\">")
        .append(f.t("col.net", currency.code())).append("</th><th class=\"num\">")
        .append(f.t("col.tax", currency.code())).append("</th><th class=\"num\">")
        .append(f.t("col.gross", currency.code())).append("</th></tr>");
    for (TaxGroup g : groups) {
      sb.append("<tr><td>").append(f.percent(g.taxRate())).append("</td><td class=\"num\">").append(f.amount(g.net()))
          .append("</td><td class=\"num\">").append(f.amount(g.tax())).append("</td><td class=\"num\">")
          .append(f.amount(g.gross())).append("</td></tr>");
    }
    return sb.append("</table>").toString();
  }
}
