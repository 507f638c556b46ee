package org.openar.integration.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.openar.shared.id.Ids;

/**
 * The benchmark's data: an open-invoice CSV as an ERP export writes it (ISO dates, 20% of amounts with thousands
 * separators, a PO reference), and the same rows in PostgreSQL's COPY text format for the baseline.
 */
final class IngestData {

  static final String HEADER = "Customer Code,Invoice Number,Invoice Date,Due Date,Amount,Currency,PO Number";
  private static final LocalDate FIRST = LocalDate.of(2025, 5, 1);

  private IngestData() {}

  static String code(int customer) {
    return String.format("C%05d", customer);
  }

  static void csv(Path file, int rows, int customers, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.newLine();
      StringBuilder sb = new StringBuilder(96);
      for (int i = 1; i <= rows; i++) {
        LocalDate date = FIRST.plusDays(rnd.nextInt(540));
        long cents = 1_000 + rnd.nextLong(9_999_000);
        sb.setLength(0);
        sb.append(code(1 + rnd.nextInt(customers))).append(",INV-").append(String.format("%08d", i)).append(',')
            .append(date).append(',').append(date.plusDays(30)).append(',');
        amount(sb, cents, rnd.nextInt(5) == 0);
        sb.append(",CNY,PO-").append(100_000 + rnd.nextInt(900_000));
        w.append(sb).append('\n');
      }
    }
  }

  private static void amount(StringBuilder sb, long cents, boolean grouped) {
    String units = Long.toString(cents / 100);
    if (grouped) {
      sb.append('"');
      for (int k = 0; k < units.length(); k++) {
        if (k > 0 && (units.length() - k) % 3 == 0) {
          sb.append(',');
        }
        sb.append(units.charAt(k));
      }
    } else {
      sb.append(units);
    }
    sb.append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100);
    if (grouped) {
      sb.append('"');
    }
  }

  /**
   * The CSV's rows as COPY text for {@code ledger_item}, for {@code company}: what the import's COPY sends (ids are
   * time-ordered UUIDv7 like the ledger's, so the primary key index sees the same insert pattern), prepared before the
   * clock starts so the baseline is the database's work alone.
   */
  static void copyText(Path csv, Path out, UUID company, Map<String, UUID> customers, java.time.Instant createdAt)
      throws IOException {
    String batch = UUID.randomUUID().toString();
    String now = createdAt.toString();
    try (var lines = Files.lines(csv, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder(256);
      lines.skip(1).forEach(line -> {
        String[] c = split(line);
        long cents = Long.parseLong(c[4].replace(",", "").replace(".", ""));
        sb.setLength(0);
        sb.append(Ids.newId()).append('\t').append(company).append('\t').append(customers.get(c[0]))
            .append('\t').append(cents).append('\t').append(cents).append('\t').append(now).append('\t').append(c[2])
            .append('\t').append(c[3]).append("\t\\N\t\\N\tD\tCNY\tINVOICE\tOPEN\t").append(c[1])
            .append("\t\\N\t").append(c[6]).append("\t\\N\t\\N\t").append(batch).append("\tbench\n");
        try {
          w.append(sb);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  /** The generator's own CSV: only the amount may be quoted. */
  private static String[] split(String line) {
    int q = line.indexOf('"');
    if (q < 0) {
      return line.split(",", -1);
    }
    int end = line.indexOf('"', q + 1);
    String amount = line.substring(q + 1, end);
    String[] before = line.substring(0, q - 1).split(",", -1);
    String[] after = line.substring(end + 2).split(",", -1);
    String[] all = new String[before.length + 1 + after.length];
    System.arraycopy(before, 0, all, 0, before.length);
    all[before.length] = amount;
    System.arraycopy(after, 0, all, before.length + 1, after.length);
    return all;
  }
}
