package org.openar.cashapp.statement;

import java.util.ArrayList;
import java.util.List;

/** What one imported file held: one or more statements (a camt message or an MT940 file may carry several). */
public record StatementFile(String source, StatementFormat format, List<Statement> statements) {

  public StatementFile {
    statements = List.copyOf(statements);
  }

  public List<StatementLine> lines() {
    List<StatementLine> all = new ArrayList<>();
    statements.forEach(s -> all.addAll(s.lines()));
    return all;
  }

  public List<StatementLine> credits() {
    return lines().stream().filter(StatementLine::isCredit).toList();
  }

  public List<String> warnings() {
    List<String> all = new ArrayList<>();
    statements.forEach(s -> all.addAll(s.warnings()));
    return all;
  }
}
