package org.openar.cashapp.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openar.cashapp.StatementId;
import org.springframework.stereotype.Service;

/**
 * Import then match: what the upload endpoint, {@code openar statements import} and the watched folders all do. The
 * import is one transaction; matching runs afterwards, line by line, so a long statement never holds the import open.
 */
@Service
public class CashImports {

  /** The import and, per statement stored, what matching did. */
  public record Result(ImportOutcome outcome, Map<StatementId, MatchSummary> matching) {

    public Result {
      matching = Map.copyOf(matching);
    }

    public MatchSummary total() {
      return matching.values().stream().reduce(MatchSummary.NONE, MatchSummary::plus);
    }
  }

  private final StatementImporter importer;
  private final MatchRunner runner;

  public CashImports(StatementImporter importer, MatchRunner runner) {
    this.importer = importer;
    this.runner = runner;
  }

  public Result importAndMatch(ImportRequest req, boolean match) {
    return matchAll(importer.importFile(req), match);
  }

  /** Matches the statements an import stored (again: a replayed import matches what is still queued). */
  public Result matchAll(ImportOutcome outcome, boolean match) {
    Map<StatementId, MatchSummary> summaries = new LinkedHashMap<>();
    if (match) {
      outcome.statements().stream().filter(s -> !s.duplicate())
          .forEach(s -> summaries.put(s.id(), runner.run(s.id())));
    }
    return new Result(outcome, summaries);
  }
}
