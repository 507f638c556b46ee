package org.openar.cashapp.statement;

import java.util.ArrayList;
import java.util.List;
import org.openar.shared.money.CurrencyCode;

/**
 * BAI version 2 files: 01 file header, 02 group header, 03 account identifier with status and summary amounts, 16
 * transaction details, 88 continuations, 49 account trailer, 98 group trailer, 99 file trailer. Every trailer's
 * control total and record count is checked (49 and 98 and 99 all count their own header and trailer and every 88),
 * so a truncated or edited file fails with the record and line that disagree. Each 03 account becomes a statement.
 */
final class Bai2Parser {

  private final String source;
  private final List<String> warnings = new ArrayList<>();
  private List<Bai2Record> records;
  private int pos;
  private int ordinal;

  Bai2Parser(String source) {
    this.source = source;
  }

  StatementFile parse(byte[] bytes) {
    records = new ArrayList<>();
    String[] lines = Decoding.decode(bytes, warnings, source).split("\r\n|\r|\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        records.add(Bai2Record.of(lines[i], i + 1));
      }
    }
    if (records.isEmpty() || !records.get(0).type().equals("01")) {
      throw new StatementException(source, "line 1", "a BAI2 file starts with a 01 file header record");
    }
    Bai2Record header = records.get(pos++);
    if (!header.field(8).isEmpty() && !header.field(8).equals("2")) {
      warnings.add("file header says BAI version " + header.field(8) + ", read as version 2");
    }
    List<Statement> statements = new ArrayList<>();
    long fileTotal = 0;
    int groups = 0;
    while (peek("02")) {
      fileTotal += group(header, statements);
      groups++;
    }
    Bai2Record trailer = expect("99", "the 99 file trailer");
    check(trailer, 0, fileTotal, "file control total", "the group totals (98)");
    checkCount(trailer, 1, groups, "number of groups");
    checkCount(trailer, 2, pos, "number of records");
    if (pos < records.size()) {
      Bai2Record extra = records.get(pos);
      throw new StatementException(source, "line " + extra.line(), "record " + extra.type() + " after the 99 file trailer");
    }
    return new StatementFile(source, StatementFormat.BAI2, statements);
  }

  private long group(Bai2Record fileHeader, List<Statement> statements) {
    int start = pos;
    Bai2Record g = records.get(pos++);
    String currency = g.field(5).isEmpty() ? "USD" : g.field(5);
    long total = 0;
    int accounts = 0;
    while (peek("03")) {
      Bai2Account account = new Bai2Account(source, fileHeader, g, currency, warnings);
      total += account.read(this);
      statements.add(account.statement());
      accounts++;
    }
    Bai2Record trailer = expect("98", "the 98 group trailer of the group that starts on line " + g.line());
    check(trailer, 0, total, "group control total", "the account totals (49)");
    checkCount(trailer, 1, accounts, "number of accounts");
    checkCount(trailer, 2, pos - start, "number of records");
    return total;
  }

  boolean peek(String type) {
    return pos < records.size() && records.get(pos).type().equals(type);
  }

  Bai2Record next() {
    return records.get(pos++);
  }

  int position() {
    return pos;
  }

  int nextOrdinal() {
    return ++ordinal;
  }

  Bai2Record expect(String type, String what) {
    if (pos >= records.size()) {
      Bai2Record last = records.get(records.size() - 1);
      throw new StatementException(source, "after line " + last.line(),
          "the file ends before " + what + ": it is truncated");
    }
    Bai2Record r = records.get(pos);
    if (!r.type().equals(type)) {
      throw new StatementException(source, "line " + r.line() + ", record " + r.type(), "expected " + what);
    }
    pos++;
    return r;
  }

  void check(Bai2Record trailer, int field, long computed, String what, String from) {
    long declared = Bai2Amounts.parseLong(source, trailer, field);
    if (declared != computed) {
      throw new StatementException(source, "line " + trailer.line() + ", record " + trailer.type(),
          what + " is " + declared + " but " + from + " add up to " + computed);
    }
  }

  void checkCount(Bai2Record trailer, int field, long computed, String what) {
    long declared = Bai2Amounts.parseLong(source, trailer, field);
    if (declared != computed) {
      throw new StatementException(source, "line " + trailer.line() + ", record " + trailer.type(),
          what + " is " + declared + " but the file has " + computed);
    }
  }

  static boolean knownCurrency(String code) {
    return CurrencyCode.isKnown(code);
  }
}
