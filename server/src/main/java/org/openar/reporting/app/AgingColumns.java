package org.openar.reporting.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openar.ledger.AgingItem;
import org.openar.ledger.AgingQuery;
import org.openar.reporting.AgingItemRow;
import org.openar.reporting.AgingRequest;
import org.openar.reporting.AgingRow;
import org.openar.shared.i18n.I18nConfig;
import org.openar.shared.i18n.Messages;
import org.openar.shared.money.Money;

/** The columns of aging exports in one language: headers, cell values of group rows and items, the parameters. */
final class AgingColumns {

  private final AgingRequest r;
  private final Messages messages;
  private final Locale locale;
  private final List<String> bucketLabels;

  AgingColumns(AgingRequest r, Messages messages, Locale locale) {
    this.r = r;
    this.messages = messages;
    this.locale = locale;
    this.bucketLabels = BucketLabels.of(r.buckets(), messages, locale);
  }

  String text(String key, Object... args) {
    return messages.get(locale, key, args);
  }

  List<String> groupHeader() {
    List<String> h = new ArrayList<>(List.of(text("aging.export.group." + r.groupBy().code()),
        text("aging.export.name"), text("aging.export.currency")));
    h.addAll(bucketLabels);
    h.addAll(List.of(text("aging.export.total"), text("aging.export.openDebit"),
        text("aging.export.unappliedCredit"), text("aging.export.overdue")));
    return h;
  }

  List<Object> group(AgingRow row, boolean total) {
    List<Object> v = new ArrayList<>();
    if (total) {
      v.addAll(Arrays.asList(text("aging.export.totalRow"), null));
    } else if (AgingRows.NO_SALES_REP.equals(row.key())) {
      v.addAll(Arrays.asList("", text("aging.export.noSalesRep")));
    } else {
      v.addAll(Arrays.asList(row.code(), name(row.nameZh(), row.nameEn())));
    }
    v.add(row.currency().code());
    v.addAll(row.buckets());
    v.addAll(List.of(row.total(), row.openDebit(), row.unappliedCredit(), row.overdue()));
    return v;
  }

  List<String> itemHeader() {
    List<String> h = new ArrayList<>();
    for (String k : List.of("customerCode", "customerName", "type", "documentNumber", "installment", "reference",
        "documentDate", "dueDate", "valueDate", "basisDate", "daysPast", "bucket", "currency", "original", "open")) {
      h.add(text("aging.export.item." + k));
    }
    if (r.convert()) {
      h.add(text("aging.export.item.baseCurrency"));
      h.add(text("aging.export.item.converted"));
    }
    return h;
  }

  List<Object> item(AgingItemRow row) {
    AgingItem i = row.item();
    List<Object> v = new ArrayList<>(Arrays.asList(row.customerCode(), name(row.customerNameZh(),
        row.customerNameEn()), text("statement.kind." + i.type().name()), i.documentNumber(), i.installmentNo(),
        i.reference(), i.documentDate(), i.dueDate(), i.valueDate(), i.basisDate(), i.daysPast(),
        bucketLabels.get(i.bucket()), i.signedAmount().currency().code(), signed(i.originalAmount(), i),
        i.signedAmount()));
    if (r.convert()) {
      v.add(row.convertedAmount().currency().code());
      v.add(row.convertedAmount());
    }
    return v;
  }

  List<List<Object>> parameters(AgingQuery q, Integer bucket, LocalDate today) {
    List<List<Object>> p = new ArrayList<>();
    p.add(List.of(text("aging.export.asOf"), r.asOf()));
    p.add(List.of(text("aging.export.basis"), text("aging.export.basis." + r.basis().name())));
    p.add(List.of(text("aging.export.buckets"), r.buckets().code()));
    p.add(List.of(text("aging.export.groupBy"), text("aging.export.by." + r.groupBy().code())));
    if (r.companyId() != null) {
      p.add(List.of(text("aging.export.company"), r.companyId().value().toString()));
    }
    p.add(List.of(text("aging.export.converted"), text(r.convert() ? "aging.export.yes" : "aging.export.no")));
    if (r.currency() != null) {
      p.add(List.of(text("aging.export.currency"), r.currency().code()));
    }
    if (bucket != null) {
      p.add(List.of(text("aging.export.bucket"), bucketLabels.get(bucket)));
    }
    if (q != null && q.customers() != null) {
      p.add(List.of(text("aging.export.customers"), (long) q.customers().size()));
    }
    p.add(List.of(text("aging.export.generatedOn"), today));
    return p;
  }

  private String name(String zh, String en) {
    boolean chinese = I18nConfig.ZH_CN.equals(locale);
    String first = chinese ? zh : en;
    return first != null && !first.isBlank() ? first : (chinese ? en : zh);
  }

  private static Money signed(Money amount, AgingItem i) {
    return i.side().sign() < 0 ? amount.negate() : amount;
  }
}
