package org.openar.cashapp.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.openar.cashapp.statement.StatementFormat;

/**
 * Writes the cash-application benchmark's generated data as {@code openar match} files: C.csv, I.csv, the statement
 * (S.xml camt.053 or S.csv), T.csv (truth), rates.csv and cases.csv (what the generator did to each line). Used by
 * {@code openar bench cashapp} and by the JMH kernels in the bench module, so both measure the same data.
 */
public final class CashappBenchData {

  /** What was written: the statement file and how many customers, open items and lines. */
  public record Written(Path statement, int customers, int openItems, int lines) {}

  /** The same with the generated lines and what was done to each (for the miss breakdown). */
  record Generated(Written written, List<SyntheticPayments.Line> lines) {}

  private CashappBenchData() {}

  public static Written write(Path dir, int lines, int openItems, long seed, StatementFormat format) {
    return generate(dir, lines, openItems, seed, format).written();
  }

  static Generated generate(Path dir, int lines, int openItems, long seed, StatementFormat format) {
    Random rnd = new Random(seed);
    SyntheticBook book = new SyntheticBook(rnd, openItems, LocalDate.of(2026, 3, 2));
    SyntheticPayments pay = new SyntheticPayments(book, rnd, lines);
    Path statement = dir.resolve(format == StatementFormat.CSV ? "S.csv" : "S.xml");
    SyntheticFiles.customers(dir.resolve("C.csv"), book.customers);
    SyntheticFiles.items(dir.resolve("I.csv"), book.items, book.customers);
    SyntheticFiles.truth(dir.resolve("T.csv"), pay.truth);
    SyntheticFiles.rates(dir.resolve("rates.csv"));
    SyntheticFiles.cases(dir.resolve("cases.csv"), pay.lines);
    if (format == StatementFormat.CSV) {
      SyntheticFiles.csvStatement(statement, pay.lines);
    } else {
      SyntheticFiles.camt053(statement, pay.lines, "CN9000000000000000001");
    }
    return new Generated(new Written(statement, book.customers.size(), book.items.size(), pay.lines.size()),
        pay.lines);
  }
}
