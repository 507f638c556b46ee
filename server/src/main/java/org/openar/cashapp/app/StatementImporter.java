package org.openar.cashapp.app;

import java.util.ArrayList;
import java.util.List;
import org.openar.cashapp.CashappError;
import org.openar.cashapp.persistence.HouseAccountRepository;
import org.openar.cashapp.statement.ColumnMapping;
import org.openar.cashapp.statement.Statement;
import org.openar.cashapp.statement.StatementException;
import org.openar.cashapp.statement.StatementFile;
import org.openar.cashapp.statement.StatementFormat;
import org.openar.cashapp.statement.StatementReader;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Service;

/**
 * Imports one statement file: reads it completely (a file that cannot be read is refused naming the place, and nothing
 * is stored), finds the house account of every statement in it (all must be known before anything is stored), then
 * stores the statements in one transaction, skipping what was imported before.
 */
@Service
public class StatementImporter {

  private final HouseAccountRepository accounts;
  private final AccountResolver resolver;
  private final StatementStore store;

  public StatementImporter(HouseAccountRepository accounts, AccountResolver resolver, StatementStore store) {
    this.accounts = accounts;
    this.resolver = resolver;
    this.store = store;
  }

  public ImportOutcome importFile(ImportRequest req) {
    if (req.bytes() == null || req.bytes().length == 0) {
      throw new OpenArException(CashappError.CASHAPP_FILE_EMPTY, req.source()).onField("file");
    }
    HouseAccount chosen = req.accountId() == null ? null : accounts.find(req.accountId())
        .orElseThrow(() -> HouseAccountService.notFound(req.accountId()).onField("bankAccountId"));
    StatementFormat format = req.format() != null ? req.format() : StatementReader.detect(req.source(), req.bytes());
    StatementFile file = read(req, format, mapping(chosen));
    if (file.statements().isEmpty()) {
      throw new StatementException(req.source(), "file", "it holds no statement");
    }
    List<StatementStore.Resolved> resolved = new ArrayList<>();
    for (Statement s : file.statements()) {
      resolved.add(new StatementStore.Resolved(s, resolver.resolve(s, chosen, req.company(), req.source())));
    }
    return new ImportOutcome(req.source(), file.format(), store.store(req, file.format(), resolved));
  }

  private static ColumnMapping mapping(HouseAccount chosen) {
    if (chosen == null) {
      return ColumnMapping.CONTRACT;
    }
    String currency = chosen.currency() == null ? null : chosen.currency().code();
    return chosen.mapping() == null ? ColumnMapping.CONTRACT.forAccount(chosen.accountNumber(), currency)
        : chosen.mapping().toColumnMapping(chosen.accountNumber(), currency);
  }

  /** Parser faults that are not already a located StatementException still name the file, never a bare 500. */
  private static StatementFile read(ImportRequest req, StatementFormat format, ColumnMapping mapping) {
    try {
      return StatementReader.read(req.source(), req.bytes(), format, mapping);
    } catch (OpenArException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StatementException(req.source(), "file", String.valueOf(e.getMessage()));
    }
  }
}
