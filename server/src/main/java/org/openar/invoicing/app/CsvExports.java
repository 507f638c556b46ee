package org.openar.invoicing.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openar.invoicing.CreditNoteSummary;
import org.openar.invoicing.InvoiceSummary;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.i18n.Locales;
import org.openar.shared.i18n.Messages;
import org.openar.shared.money.Money;
import org.springframework.stereotype.Component;

/**
 * CSV exports for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF rows (RFC 4180), headers
 * and statuses in the user's language, amounts as plain decimals, ISO dates. Text cells that a spreadsheet would run
 * as a formula (starting with = + - @) are prefixed with an apostrophe.
 */
@Component
public class CsvExports {

  private static final List<String> INVOICE_COLUMNS = List.of("number", "status", "paymentStatus", "customerCode",
      "customerName", "invoiceDate", "dueDate", "nextDueDate", "daysOverdue", "currency", "tax", "gross", "open",
      "credited", "reference", "id");
  private static final List<String> CREDIT_NOTE_COLUMNS = List.of("number", "invoiceNumber", "customerCode",
      "customerName", "creditDate", "mode", "reason", "currency", "tax", "gross", "applied", "id");

  private final Messages messages;

  public CsvExports(Messages messages) {
    this.messages = messages;
  }

  /** {@code source} feeds the rows to the consumer it is given and returns how many it fed. */
  public int invoices(OutputStream out, Locale locale, Function<Consumer<InvoiceSummary>, Integer> source) {
    boolean zh = Locales.normalize(locale).equals(I18nConfig.ZH_CN);
    return write(out, locale, INVOICE_COLUMNS, w -> source.apply(s -> row(w, java.util.Arrays.asList(text(s.number()),
        label(locale, "status", s.status()), label(locale, "paymentStatus", s.paymentStatus()),
        text(s.customer().code()), text(s.customer().displayName(zh)), str(s.invoiceDate()), str(s.dueDate()),
        str(s.nextDueDate()), str(s.daysOverdue()), s.grossAmount().currency().code(), amount(s.taxAmount()),
        amount(s.grossAmount()), amount(s.openAmount()), amount(s.creditedAmount()), text(s.reference()),
        s.id().toString()))));
  }

  public int creditNotes(OutputStream out, Locale locale, Function<Consumer<CreditNoteSummary>, Integer> source) {
    boolean zh = Locales.normalize(locale).equals(I18nConfig.ZH_CN);
    return write(out, locale, CREDIT_NOTE_COLUMNS, w -> source.apply(s -> row(w, java.util.Arrays.asList(text(s.number()),
        text(s.invoiceNumber()), text(s.customer().code()), text(s.customer().displayName(zh)),
        str(s.creditDate()), label(locale, "creditMode", s.mode()), text(s.reason()),
        s.grossAmount().currency().code(), amount(s.taxAmount()), amount(s.grossAmount()),
        amount(s.appliedAmount()), s.id().toString()))));
  }

  private int write(OutputStream out, Locale locale, List<String> columns, Function<Writer, Integer> rows) {
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      w.write('\uFEFF');
      List<String> header = new ArrayList<>();
      columns.forEach(c -> header.add(messages.get(locale, "invoicing.csv." + c)));
      row(w, header);
      int n = rows.apply(w);
      w.flush();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(Writer w, List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write(quote(cells.get(i)));
      }
      w.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  /** User-entered text, neutralised so a spreadsheet shows it instead of running it. */
  static String text(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  private String label(Locale locale, String group, Enum<?> value) {
    return value == null ? "" : messages.get(locale, "invoicing." + group + "." + value.name());
  }

  private static String amount(Money m) {
    return m == null ? "" : m.amount().toPlainString();
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}
