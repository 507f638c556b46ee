package org.openar.reporting.app;

import static org.openar.shared.pdf.Html.escape;

import java.util.List;
import java.util.Locale;
import org.openar.customers.CompanyView;
import org.openar.customers.ContactView;
import org.openar.customers.CustomerView;
import org.openar.ledger.AccountStatement;
import org.openar.ledger.AgingBuckets;
import org.openar.reporting.StatementDocument;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.i18n.Locales;
import org.openar.shared.i18n.Messages;
import org.openar.shared.pdf.PdfDocument;
import org.springframework.stereotype.Component;

/**
 * A statement of account as printable HTML: letterhead, addressee, then per currency the account, aging, open items.
 */
@Component
public class StatementHtml {

  static final String CSS = """
      .letterhead { border-bottom: 2pt solid #1f3a68; padding-bottom: 6pt; margin-bottom: 10pt; }
      .letterhead .company { font-size: 16pt; font-weight: 700; color: #1f3a68; }
      .letterhead .company-alt { font-size: 9pt; color: #555555; }
      .title { font-size: 14pt; font-weight: 700; margin: 4pt 0 8pt 0; }
      .parties td { border: none; padding: 0 8pt 0 0; }
      .meta td { padding: 1pt 4pt; }
      h2 { font-size: 11pt; margin: 14pt 0 4pt 0; color: #1f3a68; }
      h3 { font-size: 10pt; margin: 10pt 0 3pt 0; }
      table.grid { font-size: 8.5pt; margin-bottom: 4pt; }
      table.grid th { background: #e8edf5; border-bottom: 0.75pt solid #1f3a68; }
      table.grid td { border-bottom: 0.25pt solid #cccccc; }
      table.grid tr.sum td { font-weight: 700; border-top: 0.75pt solid #1f3a68; }
      thead { display: table-header-group; }
      tr { page-break-inside: avoid; }
      .note { margin-top: 14pt; font-size: 8.5pt; color: #444444; }
      .muted { color: #777777; }
      """;

  private final Messages messages;

  public StatementHtml(Messages messages) {
    this.messages = messages;
  }

  public PdfDocument document(StatementDocument d, Locale requested) {
    Locale locale = Locales.normalize(requested);
    StatementText text = new StatementText(messages, locale);
    StringBuilder body = new StringBuilder(16 * 1024);
    letterhead(body, d, text);
    parties(body, d, text);
    if (d.sections().isEmpty()) {
      body.append("<p>").append(escape(text.get("statement.noActivity"))).append("</p>");
    }
    for (StatementDocument.Section s : d.sections()) {
      section(body, s, d, text);
    }
    body.append("<p class=\"note\">").append(escape(text.get("statement.note"))).append("</p>");
    String company = companyName(d.company(), locale);
    String header = escape(company) + " · " + escape(text.get("statement.title")) + " · "
        + escape(d.customer().code());
    return new PdfDocument(company + " " + text.get("statement.title") + " " + d.customer().code(), header,
        body.toString(), CSS, locale);
  }

  private static void letterhead(StringBuilder b, StatementDocument d, StatementText t) {
    CompanyView c = d.company();
    boolean zh = t.chinese();
    String other = zh ? c.nameEn() : c.name();
    b.append("<div class=\"letterhead\"><div class=\"company\">").append(escape(companyName(c, t.locale())))
        .append("</div>");
    if (other != null && !other.isBlank() && !other.equals(companyName(c, t.locale()))) {
      b.append("<div class=\"company-alt\">").append(escape(other)).append("</div>");
    }
    b.append("</div><div class=\"title\">").append(escape(t.get("statement.title"))).append("</div>");
  }

  private static void parties(StringBuilder b, StatementDocument d, StatementText t) {
    CustomerView cu = d.customer();
    b.append("<table class=\"parties\"><tr><td style=\"width:58%\"><b>")
        .append(escape(cu.displayName(t.chinese()))).append("</b><br/>");
    String alt = cu.displayName(!t.chinese());
    if (alt != null && !alt.equals(cu.displayName(t.chinese()))) {
      b.append("<span class=\"muted\">").append(escape(alt)).append("</span><br/>");
    }
    d.address().forEach(line -> b.append(escape(line)).append("<br/>"));
    ContactView contact = d.contact();
    if (contact != null) {
      b.append(escape(t.get("statement.attention", contact.name()))).append("<br/>");
      String reach = String.join("  ", nonBlank(contact.email(), contact.phone()));
      if (!reach.isEmpty()) {
        b.append("<span class=\"muted\">").append(escape(reach)).append("</span>");
      }
    }
    b.append("</td><td><table class=\"meta\">");
    meta(b, t.get("statement.customerCode"), cu.code());
    if (cu.taxId() != null) {
      meta(b, t.get("statement.taxId"), cu.taxId());
    }
    meta(b, t.get("statement.period"), t.get("statement.periodValue", d.from().toString(), d.to().toString()));
    meta(b, t.get("statement.issuedOn"), d.issuedOn().toString());
    b.append("</table></td></tr></table>");
  }

  private static void meta(StringBuilder b, String label, String value) {
    b.append("<tr><td class=\"muted\">").append(escape(label)).append("</td><td>").append(escape(value))
        .append("</td></tr>");
  }

  private void section(StringBuilder b, StatementDocument.Section s, StatementDocument d, StatementText t) {
    AccountStatement.Section a = s.account();
    b.append("<h2>").append(escape(t.get("statement.currency", a.currency().code()))).append("</h2>");
    StatementTables.account(b, a, d, t);
    if (!a.applications().isEmpty()) {
      StatementTables.applications(b, a.applications(), t);
    }
    b.append("<h3>").append(escape(t.get("statement.aging", d.to().toString()))).append("</h3>");
    aging(b, s.aging(), t);
    if (!s.openItems().isEmpty()) {
      b.append("<h3>").append(escape(t.get("statement.openItems", d.to().toString()))).append("</h3>");
      StatementTables.openItems(b, s.openItems(), t);
    }
  }

  private void aging(StringBuilder b, StatementDocument.Aging aging, StatementText t) {
    List<String> labels = BucketLabels.of(AgingBuckets.DEFAULT, messages, t.locale());
    b.append("<table class=\"grid\"><thead><tr>");
    labels.forEach(l -> b.append("<th class=\"num\">").append(escape(l)).append("</th>"));
    b.append("<th class=\"num\">").append(escape(t.get("statement.total"))).append("</th></tr></thead><tbody><tr>");
    aging.buckets().forEach(m -> b.append("<td class=\"num\">").append(t.money(m)).append("</td>"));
    b.append("<td class=\"num\"><b>").append(t.money(aging.total())).append("</b></td></tr></tbody></table>");
  }

  static String companyName(CompanyView c, Locale locale) {
    boolean zh = I18nConfig.ZH_CN.equals(Locales.normalize(locale));
    String preferred = zh ? c.name() : c.nameEn();
    return preferred != null && !preferred.isBlank() ? preferred : (zh ? c.nameEn() : c.name());
  }

  private static List<String> nonBlank(String... values) {
    return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
  }
}
