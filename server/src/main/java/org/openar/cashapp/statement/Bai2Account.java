package org.openar.cashapp.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One BAI2 account (03 ... 49): balances from the status codes, a line per 16 record, the 49 totals checked. */
final class Bai2Account {

  private static final Pattern ORIGINATOR = Pattern.compile("ORIG CO NAME[:=]\\s*(.+?)(\\s{2,}|ORIG ID|CO ENTRY|$)");

  private final String source;
  private final Bai2Record fileHeader;
  private final Bai2Record group;
  private final String groupCurrency;
  private final List<String> fileWarnings;
  private StatementDraft draft;

  Bai2Account(String source, Bai2Record fileHeader, Bai2Record group, String groupCurrency, List<String> warnings) {
    this.source = source;
    this.fileHeader = fileHeader;
    this.group = group;
    this.groupCurrency = groupCurrency;
    this.fileWarnings = warnings;
  }

  /** Reads 03 to 49 and returns the account's control total. */
  long read(Bai2Parser p) {
    int start = p.position();
    Bai2Record ident = p.next();
    List<String> fields = new ArrayList<>(ident.fields());
    while (p.peek("88")) {
      fields.addAll(p.next().fields());
    }
    draft = new StatementDraft(StatementFormat.BAI2);
    draft.messageType = "BAI2";
    draft.warnings.addAll(fileWarnings);
    fileWarnings.clear();
    draft.account = fields.get(0);
    draft.currency = fields.size() > 1 && !fields.get(1).isEmpty() ? fields.get(1) : groupCurrency;
    LocalDate asOf = Bai2Amounts.date(source, group, group.field(3));
    draft.fromDate = asOf;
    draft.toDate = asOf;
    draft.statementId = fileHeader.field(0) + "/" + fileHeader.field(4) + "/" + group.field(1) + "/" + draft.account;
    long total = summary(ident, fields, asOf);
    while (p.peek("16")) {
      total += detail(p, asOf);
    }
    Bai2Record trailer = p.expect("49", "the 49 account trailer of account " + draft.account + " (line " + ident.line() + ")");
    p.check(trailer, 0, total, "account control total of " + draft.account, "its 03 and 16 amounts");
    p.checkCount(trailer, 1, p.position() - start, "number of records of account " + draft.account);
    return total;
  }

  Statement statement() {
    return draft.build();
  }

  private long summary(Bai2Record r, List<String> f, LocalDate asOf) {
    long total = 0;
    int i = 2;
    while (i < f.size()) {
      String type = f.get(i);
      String amount = i + 1 < f.size() ? f.get(i + 1) : "";
      String funds = i + 3 < f.size() ? f.get(i + 3) : "";
      i = skipFunds(f, i + 4, funds);
      if (type.isEmpty()) {
        continue;
      }
      long minor = parse(r, amount);
      total += minor;
      balance(type, minor, r, asOf);
    }
    return total;
  }

  private void balance(String type, long minor, Bai2Record r, LocalDate asOf) {
    if (type.equals("010")) {
      draft.opening = new Balance(Bai2Amounts.money(minor, draft.currency, source, r), asOf);
    } else if (type.equals("015")) {
      draft.closing = new Balance(Bai2Amounts.money(minor, draft.currency, source, r), asOf);
    }
  }

  private long detail(Bai2Parser p, LocalDate asOf) {
    Bai2Record r = p.next();
    List<String> f = r.fields();
    StringBuilder continuation = new StringBuilder();
    while (p.peek("88")) {
      continuation.append(' ').append(p.next().raw().replaceAll("/\\s*$", ""));
    }
    int typeCode = typeCode(r, f.isEmpty() ? "" : f.get(0));
    long minor = parse(r, r.field(1));
    String funds = r.field(2);
    int k = skipFunds(f, 3, funds);
    LineDraft l = new LineDraft();
    l.ordinal = p.nextOrdinal();
    l.lineId = String.valueOf(l.ordinal);
    int sign = Bai2Amounts.sign(typeCode);
    if (sign == 0) {
      draft.warnings.add("line " + r.line() + ": type code " + typeCode + " is neither a credit nor a debit; kept as "
          + "a credit for review");
      sign = 1;
    }
    l.amount = Bai2Amounts.money(sign * minor, draft.currency, source, r);
    l.bookingDate = asOf;
    l.valueDate = funds.equals("V") ? Bai2Amounts.date(source, r, r.field(3)) : asOf;
    l.transactionCode = String.format("%03d", typeCode);
    l.bankReference = r.field(k);
    String customerRef = r.field(k + 1);
    l.addReference(customerRef);
    String text = (k + 2 < f.size() ? String.join(",", f.subList(k + 2, f.size())) : "") + continuation;
    l.addRemittance(customerRef);
    l.addRemittance(text);
    Matcher m = ORIGINATOR.matcher(text);
    if (m.find()) {
      l.payerName = m.group(1).strip();
    }
    draft.lines.add(l);
    return minor;
  }

  /** Funds type: V has a value date and time, S three availability amounts, D a count and that many pairs. */
  private static int skipFunds(List<String> f, int i, String funds) {
    return switch (funds) {
      case "V" -> i + 2;
      case "S" -> i + 3;
      case "D" -> {
        int n = i < f.size() && f.get(i).matches("\\d+") ? Integer.parseInt(f.get(i)) : 0;
        yield i + 1 + 2 * n;
      }
      default -> i;
    };
  }

  private int typeCode(Bai2Record r, String code) {
    if (!code.matches("\\d{3}")) {
      throw new StatementException(source, "line " + r.line() + ", record 16", "'" + code + "' is not a type code");
    }
    return Integer.parseInt(code);
  }

  private long parse(Bai2Record r, String amount) {
    if (amount.isEmpty()) {
      return 0;
    }
    if (!amount.matches("[+-]?\\d+")) {
      throw new StatementException(source, "line " + r.line() + ", record " + r.type(), "'" + amount
          + "' is not an amount (whole minor units)");
    }
    return Long.parseLong(amount.startsWith("+") ? amount.substring(1) : amount);
  }
}
