package org.openar.integration.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.openar.integration.ImportJobId;
import org.openar.integration.ImportJobView;
import org.openar.integration.ImportProgress;
import org.openar.integration.ImportResult;
import org.openar.integration.Imports;
import org.openar.integration.RejectedRow;
import org.openar.integration.RowProblem;
import org.openar.shared.error.OpenArException;
import org.openar.shared.i18n.Messages;

/** What {@code openar import} prints: a progress line a second, the counts, the first rejected rows with reasons. */
final class ImportReport {

  private static final int SHOWN = 20;

  private final PrintStream out;
  private final Messages messages;
  private final Locale locale;
  private final long started = System.nanoTime();

  ImportReport(PrintStream out, Messages messages, Locale locale) {
    this.out = out;
    this.messages = messages;
    this.locale = locale;
  }

  void progress(ImportJobView v) {
    if (v.finished()) {
      return;
    }
    ImportProgress p = v.progress();
    out.printf(Locale.ROOT, "  %5.1f%%  %,d rows read, %,d accepted, %,d rejected, %,d already present (%.0f s)%n",
        p.percent(), p.rowsRead(), p.accepted(), p.rejected(), p.alreadyPresent(), seconds());
  }

  void summary(ImportResult r) {
    ImportJobView v = r.job();
    ImportProgress p = v.progress();
    out.printf(Locale.ROOT, "Import %s %s%s of %s: %s in %.1f s%n", v.id(), v.type().cliName(),
        v.dryRun() ? " (dry run: nothing written)" : "", v.fileName(), v.status(), seconds());
    out.printf(Locale.ROOT, "  rows read %,d: accepted %,d, rejected %,d, already present %,d; customers created %,d%n",
        p.rowsRead(), p.accepted(), p.rejected(), p.alreadyPresent(), p.customersCreated());
    if (v.previousJobId() != null) {
      out.printf(Locale.ROOT, "  the same file was imported before (import %s)%n", v.previousJobId());
    }
    if (!v.ignoredColumns().isEmpty()) {
      out.println("  ignored columns: " + String.join(", ", v.ignoredColumns()));
    }
    if (v.failureCode() != null) {
      out.println("  " + messages.get(locale, "error." + v.failureCode(), v.failureArgs().toArray()));
    }
    if (r.rejectedTotal() > 0) {
      out.printf(Locale.ROOT, "Rejected rows (%,d; first %d shown):%n", r.rejectedTotal(),
          Math.min(SHOWN, r.rejected().size()));
      r.rejected().stream().limit(SHOWN).forEach(this::rejected);
    }
  }

  void refused(OpenArException e) {
    out.println("Import refused: " + messages.describe(locale, e));
    e.violations().forEach(v -> out.println("  " + v.field() + ": "
        + messages.describe(locale, v.code(), v.args().toArray())));
  }

  void writeRejected(Imports imports, ImportJobId job, Path file) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        PrintStream w = new PrintStream(os, false, java.nio.charset.StandardCharsets.UTF_8)) {
      w.print('\uFEFF');
      w.println(csv(java.util.List.of("row", "column", "field", "code", "reason")));
      imports.eachRejected(job, r -> r.problems().forEach(p -> w.println(csv(java.util.List.of(
          String.valueOf(r.rowNumber()), nullToEmpty(p.column()), nullToEmpty(p.field()), p.code(), message(p))))));
    }
    out.println("  rejected rows written to " + file);
  }

  private void rejected(RejectedRow r) {
    for (RowProblem p : r.problems()) {
      out.printf(Locale.ROOT, "  row %d, %s: %s%n", r.rowNumber(), p.column() == null ? "-" : p.column(), message(p));
    }
  }

  private String message(RowProblem p) {
    return messages.get(locale, "error." + p.code(), p.args().toArray());
  }

  private double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String csv(java.util.List<String> cells) {
    return String.join(",", cells.stream().map(c -> c.matches(".*[\",\\r\\n].*")
        ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList());
  }
}
