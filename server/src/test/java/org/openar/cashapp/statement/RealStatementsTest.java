package org.openar.cashapp.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openar.shared.error.OpenArException;

/**
 * Every file in {@code ../shared/realdata/bank-statements} imports, except the ones listed in {@link #EXPECTED_FAILURES}
 * with the words their error must contain: files their authors broke on purpose, single-field snippets from parser
 * test suites (a lone {@code :60F:} is not a statement and has no account to post to), and a payment initiation that
 * is not a statement at all.
 */
class RealStatementsTest {

  static final Map<String, String> EXPECTED_FAILURES = new TreeMap<>(Map.ofEntries(
      Map.entry("camt/genkgo-camt/camt053.v2.wrong.xml", "element BkToCstmrStmt: no Stmt"),
      Map.entry("camt/dvbern-ch/invalid_camt_054_Beispiel_NotificationMissing.xml",
          "element Document: the document is empty"),
      Map.entry("camt/dvbern-ch/pain008Reference.xml", "is not a bank statement"),
      Map.entry("mt940/self-provided/invalid_statement.sta", "not a bank statement"),
      Map.entry("mt940/self-provided/empty_non_swift.sta", "fragment"),
      Map.entry("mt940/betterplace/sepa_snippet_broken.sta", "line 6, field :25:: a second account identification"),
      Map.entry("mt940/betterplace/amount_formats.sta", "fragment"),
      Map.entry("mt940/betterplace/currency_in_25.sta", "fragment"),
      Map.entry("mt940/betterplace/empty_86.sta", "fragment"),
      Map.entry("mt940/betterplace/empty_entry_date.sta", "fragment"),
      Map.entry("mt940/betterplace/empty_line.sta", ":25: is missing"),
      Map.entry("mt940/betterplace/missing_crlf_at_end.sta", "fragment"),
      Map.entry("mt940/cmxl/account_balance_credit.sta", "fragment"),
      Map.entry("mt940/cmxl/account_balance_debit.sta", "fragment"),
      Map.entry("mt940/cmxl/account_identification_iban.sta", "fragment"),
      Map.entry("mt940/cmxl/account_identification_legacy.sta", "fragment"),
      Map.entry("mt940/cmxl/available_balance.sta", "fragment"),
      Map.entry("mt940/cmxl/closing_balance.sta", "fragment"),
      Map.entry("mt940/cmxl/reference.sta", ":25: is missing"),
      Map.entry("mt940/cmxl/statement_details.sta", "fragment"),
      Map.entry("mt940/cmxl/statement_line.sta", "fragment"),
      Map.entry("mt940/cmxl/statement_number.sta", "fragment"),
      Map.entry("mt940/self-provided/sparkassen.sta", "fragment"),
      // ends after a :61: without the mandatory closing balance: indistinguishable from a cut-off transfer
      Map.entry("mt940/self-provided/gv_codes.sta", "the closing balance :62F: is missing: the statement is truncated")));

  @Test
  void everyRealStatementImportsOrFailsWithAClearMessage() throws IOException {
    Path dir = realDir();
    List<String> problems = new ArrayList<>();
    int imported = 0;
    for (Path file : statementFiles(dir)) {
      String name = dir.relativize(file).toString().replace('\\', '/');
      String expected = EXPECTED_FAILURES.get(name);
      try {
        StatementFile s = StatementReader.read(file, null, null);
        imported++;
        System.out.printf("OK   %-75s %-8s %d statements, %d lines, %d credits%s%n", name, s.format(),
            s.statements().size(), s.lines().size(), s.credits().size(),
            s.warnings().isEmpty() ? "" : " warnings: " + s.warnings());
        if (expected != null) {
          problems.add(name + " imported but should fail with '" + expected + "'");
        }
      } catch (OpenArException e) {
        System.out.printf("FAIL %-75s %s%n", name, e.getMessage());
        if (expected == null) {
          problems.add(name + " failed: " + e.getMessage());
        } else if (!e.getMessage().contains(expected) || !e.getMessage().contains(file.getFileName().toString())) {
          problems.add(name + " failed with '" + e.getMessage() + "', expected a message naming the file and '"
              + expected + "'");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(imported).isGreaterThan(60);
  }

  static Path realDir() {
    String base = System.getProperty("openar.realdata.dir");
    Path dir = base == null ? null : Path.of(base, "bank-statements");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
        "real bank statements not found (system property openar.realdata.dir=" + base + "); skipped");
    return dir;
  }

  static List<Path> statementFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("LICENSE"))
          .sorted().toList();
    }
  }

  static StatementFile read(String relative) {
    try {
      return StatementReader.read(realDir().resolve(relative), null, null);
    } catch (RuntimeException e) {
      return fail(relative + ": " + e.getMessage());
    }
  }
}
