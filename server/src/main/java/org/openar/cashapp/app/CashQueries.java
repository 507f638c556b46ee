package org.openar.cashapp.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.cashapp.CashappError;
import org.openar.cashapp.StatementId;
import org.openar.cashapp.StatementLineId;
import org.openar.cashapp.domain.MatchRecord;
import org.openar.cashapp.persistence.HouseAccountRepository;
import org.openar.cashapp.persistence.LineRepository;
import org.openar.cashapp.persistence.LineRow;
import org.openar.cashapp.persistence.LineSearch;
import org.openar.cashapp.persistence.PostingRepository;
import org.openar.cashapp.persistence.PostingRow;
import org.openar.cashapp.persistence.StatementCounts;
import org.openar.cashapp.persistence.BankStatementRepository;
import org.openar.cashapp.persistence.StatementRow;
import org.openar.customers.CustomerId;
import org.openar.ledger.DiscountQuote;
import org.openar.ledger.ItemStatus;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.ledger.LedgerQueries;
import org.openar.ledger.LedgerQueries.ItemQuery;
import org.openar.shared.error.OpenArException;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reading statements, lines and the open items a line may pay, for the reconciliation screens. */
@Service
@Transactional(readOnly = true)
public class CashQueries {

  /** A statement with its account and where its lines stand. */
  public record StatementView(StatementRow statement, HouseAccount account, StatementCounts counts) {}

  /** A line with the engine's last word, its active posting and earlier (reversed) ones. */
  public record LineDetail(LineRow line, MatchRecord match, PostingRow posting, List<PostingRow> history,
      LineRow duplicateOf) {}

  /** An open debit the line could pay, with the discount it offers on the line's value date. */
  public record OpenItemOption(ItemView item, String customerName, DiscountQuote discount) {}

  private final BankStatementRepository statements;
  private final HouseAccountRepository accounts;
  private final LineRepository lines;
  private final PostingRepository postings;
  private final LedgerQueries ledger;
  private final CustomerNames names;
  private final JsonMapper json;

  public CashQueries(BankStatementRepository statements, HouseAccountRepository accounts, LineRepository lines,
      PostingRepository postings, LedgerQueries ledger, CustomerNames names, JsonMapper json) {
    this.statements = statements;
    this.accounts = accounts;
    this.lines = lines;
    this.postings = postings;
    this.ledger = ledger;
    this.names = names;
    this.json = json;
  }

  public Page<StatementView> statements(BankStatementRepository.Filter filter, PageQuery page) {
    long total = statements.count(filter);
    List<StatementRow> rows = total == 0 ? List.of() : statements.page(filter, page);
    Map<StatementId, StatementCounts> counts = statements.counts(rows.stream().map(StatementRow::id).toList());
    Map<Object, HouseAccount> byId = new java.util.HashMap<>();
    accounts.list(rows.stream().map(StatementRow::companyId).distinct().toList()).forEach(a -> byId.put(a.id(), a));
    return Page.of(rows.stream().map(r -> new StatementView(r, byId.get(r.accountId()), counts.get(r.id()))).toList(),
        total, page);
  }

  public StatementView statement(StatementId id) {
    StatementRow row = statements.find(id)
        .orElseThrow(() -> new OpenArException(CashappError.CASHAPP_STATEMENT_NOT_FOUND, id));
    return new StatementView(row, accounts.find(row.accountId()).orElse(null),
        statements.counts(List.of(id)).get(id));
  }

  public Page<LineRow> lines(LineSearch search, PageQuery page) {
    long total = lines.count(search);
    return Page.of(total == 0 ? List.of() : lines.search(search, page), total, page);
  }

  public LineDetail line(StatementLineId id) {
    LineRow line = lines.find(id).orElseThrow(() -> new OpenArException(CashappError.CASHAPP_LINE_NOT_FOUND, id));
    MatchRecord match = line.matchJson() == null ? null : json.readValue(line.matchJson(), MatchRecord.class);
    List<PostingRow> history = postings.history(id);
    PostingRow active = history.stream().filter(PostingRow::active).findFirst().orElse(null);
    LineRow original = line.duplicateOf() == null ? null : lines.find(line.duplicateOf()).orElse(null);
    return new LineDetail(line, match, active, history, original);
  }

  /** Open debits of the line's company in its currency, by document number and/or customer; oldest due first. */
  public Page<OpenItemOption> openItems(StatementLineId id, String number, CustomerId customer, PageQuery page) {
    LineRow line = lines.find(id).orElseThrow(() -> new OpenArException(CashappError.CASHAPP_LINE_NOT_FOUND, id));
    ItemQuery q = new ItemQuery(line.companyId(), customer, Set.of(ItemType.INVOICE, ItemType.FEE, ItemType.INTEREST),
        Set.of(ItemStatus.OPEN), line.amount().currency(), null, null, null, null, null,
        number == null || number.isBlank() ? null : number.trim());
    var lookup = names.lookup();
    return ledger.search(q, page).map(i -> new OpenItemOption(i, lookup.apply(i.customerId().value()),
        ledger.discountAvailable(i.id(), line.valueDate())));
  }
}
