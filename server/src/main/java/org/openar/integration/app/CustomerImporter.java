package org.openar.integration.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.customers.CustomersError;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.integration.ImportType;
import org.openar.integration.domain.ParsedRow;
import org.openar.shared.error.OpenArException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers: each new code is registered through the customer master (its own validation: tax id checksum, e-mail,
 * IBAN, one primary contact, credit decisions reserved to credit managers) in a savepoint, so a refused row rolls back
 * alone. A code the company already has counts as already present and is left unchanged.
 */
@Component
class CustomerImporter implements ChunkImporter {

  private final Customers customers;
  private final CustomerMasterData masterData;
  private final Users users;
  private final TransactionTemplate savepoint;
  private final int chunk;

  CustomerImporter(Customers customers, CustomerMasterData masterData, Users users, Transactions transactions,
      IntegrationProperties properties) {
    this.customers = customers;
    this.masterData = masterData;
    this.users = users;
    this.savepoint = transactions.savepoint();
    this.chunk = properties.rowChunk();
  }

  @Override
  public ImportType type() {
    return ImportType.CUSTOMERS;
  }

  @Override
  public String key(ParsedRow row, ImportContext ctx) {
    return row.text(ctx.field("code"));
  }

  @Override
  public String keyField() {
    return "code";
  }

  @Override
  public int chunkSize() {
    return chunk;
  }

  @Override
  public ChunkResult importChunk(List<ParsedRow> rows, ImportContext ctx) {
    ChunkResult result = new ChunkResult();
    Map<String, CustomerView> existing = customers.findByCodes(ctx.company.id(),
        rows.stream().map(r -> r.text(ctx.field("code"))).toList());
    Map<String, Optional<UUID>> reps = new HashMap<>();
    for (ParsedRow r : rows) {
      if (existing.containsKey(r.text(ctx.field("code")))) {
        result.present(1);
        continue;
      }
      String rep = r.text(ctx.field("salesRep"));
      Optional<UUID> repId = rep == null ? Optional.empty()
          : reps.computeIfAbsent(rep, u -> users.findByUsername(u).map(UserView::id));
      if (rep != null && repId.isEmpty()) {
        result.reject(r, ctx.problem("salesRep", CustomersError.CUSTOMERS_INVALID_SALES_REP, rep));
        continue;
      }
      CustomerDrafts.Draft d = CustomerDrafts.of(r, ctx, repId.orElse(null));
      try {
        savepoint.executeWithoutResult(t -> masterData.register(d.draft()));
        result.accepted(1);
      } catch (OpenArException e) {
        result.reject(r, ctx.problems(e, d.fields()));
      }
    }
    return result;
  }
}
