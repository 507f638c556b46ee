package org.openar.integration.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openar.customers.CompanyView;
import org.openar.integration.ImportJobId;
import org.openar.integration.RowProblem;
import org.openar.integration.domain.ColumnBinding;
import org.openar.integration.domain.Field;
import org.openar.integration.domain.RowParser;
import org.openar.integration.domain.Schema;
import org.openar.shared.error.ErrorCode;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;

/** Everything one import run shares: the job, the company, the bound mapping, the resolver of customer codes. */
final class ImportContext {

  final ImportJobId jobId;
  final CompanyView company;
  final RowParser parser;
  final boolean dryRun;
  final LocalDate today;
  final CustomerResolver customers;
  final Counters counters;

  ImportContext(ImportJobId jobId, CompanyView company, RowParser parser, boolean dryRun, LocalDate today,
      CustomerResolver customers, Counters counters) {
    this.jobId = jobId;
    this.company = company;
    this.parser = parser;
    this.dryRun = dryRun;
    this.today = today;
    this.customers = customers;
    this.counters = counters;
  }

  ColumnBinding binding() {
    return parser.binding();
  }

  Field field(String name) {
    return binding().schema().field(name);
  }

  Schema schema() {
    return binding().schema();
  }

  /** A problem on an import field, located at the column that feeds it. */
  RowProblem problem(String field, ErrorCode code, Object... args) {
    return new RowProblem(binding().headerOf(field), field, code.code(),
        java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  /**
   * The problems of another module's refusal, each moved from that module's field name (a ledger {@code dueDate}, a
   * customer's {@code contacts[1].email}) to the import field through {@code fields}; unknown names stay unlocated.
   */
  List<RowProblem> problems(OpenArException e, Map<String, String> fields) {
    List<RowProblem> out = new ArrayList<>();
    if (!e.violations().isEmpty()) {
      e.violations().forEach(v -> out.add(problem(v, fields)));
    } else {
      out.add(locate(e.field(), e.errorCode().code(), e.args(), fields));
    }
    return out;
  }

  RowProblem problem(FieldViolation v, Map<String, String> fields) {
    return locate(v.field(), v.code().code(), v.args(), fields);
  }

  private RowProblem locate(String foreignField, String code, List<Object> args, Map<String, String> fields) {
    String field = foreignField == null ? null : candidates(foreignField).stream().map(fields::get)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return new RowProblem(binding().headerOf(field), field, code, args.stream().map(String::valueOf).toList());
  }

  /** {@code lines[0].debitItemId}: itself, without indexes, its last and its first segment. */
  private static List<String> candidates(String path) {
    String plain = path.replaceAll("\\[\\d+]", "");
    return List.of(path, plain, plain.substring(plain.lastIndexOf('.') + 1),
        plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain);
  }
}
