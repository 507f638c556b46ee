package org.openar.integration.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.customers.CompanyView;
import org.openar.customers.CustomerMasterData;
import org.openar.customers.CustomerMasterData.CustomerData;
import org.openar.customers.CustomerMasterData.CustomerDraft;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.integration.IntegrationError;
import org.openar.integration.RowProblem;
import org.openar.shared.error.OpenArException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer codes to customers for one run, asked of the customers module a chunk at a time. With
 * {@code createMissingCustomers} an unknown code creates a minimal customer (name from the row, else the code; tag
 * {@code imported}) inside a savepoint, so a refused creation rejects that code's rows only. Customers created in a
 * chunk stay "pending" until the chunk commits; a rolled-back chunk forgets them. Chunks of a run that creates no
 * customers may be written on several threads at once: the methods are synchronized, and without creation there is
 * nothing pending.
 */
final class CustomerResolver {

  static final String IMPORTED_TAG = "imported";

  private final Customers customers;
  private final CustomerMasterData masterData;
  private final TransactionTemplate savepoint;
  private final CompanyView company;
  private final boolean create;
  private final Map<String, CustomerView> known = new HashMap<>();
  private final Map<String, CustomerView> pending = new HashMap<>();
  private final Set<String> absent = new HashSet<>();
  private final Map<String, OpenArException> refused = new HashMap<>();
  private final Set<String> created = new HashSet<>();

  CustomerResolver(Customers customers, CustomerMasterData masterData, TransactionTemplate savepoint,
      CompanyView company, boolean create) {
    this.customers = customers;
    this.masterData = masterData;
    this.savepoint = savepoint;
    this.company = company;
    this.create = create;
  }

  /** Looks up, in one query, the codes not known yet. */
  synchronized void prefetch(Collection<String> codes) {
    List<String> missing = new ArrayList<>();
    for (String c : codes) {
      if (c != null && !known.containsKey(c) && !pending.containsKey(c) && !absent.contains(c)) {
        missing.add(c);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    Map<String, CustomerView> found = customers.findByCodes(company.id(), missing);
    known.putAll(found);
    missing.stream().filter(c -> !found.containsKey(c)).forEach(absent::add);
  }

  /** The customer of {@code code}, creating it when allowed; null with the reason added to {@code problems}. */
  synchronized CustomerView resolve(String code, String name, ImportContext ctx, String field,
      List<RowProblem> problems) {
    CustomerView c = known.containsKey(code) ? known.get(code) : pending.get(code);
    if (c != null) {
      return c;
    }
    if (!create) {
      problems.add(ctx.problem(field, IntegrationError.INTEGRATION_UNKNOWN_CUSTOMER, code, ctx.company.code()));
      return null;
    }
    OpenArException why = refused.get(code);
    if (why == null) {
      try {
        c = savepoint.execute(s -> masterData.register(draft(code, name)).customer());
        pending.put(code, c);
        return c;
      } catch (OpenArException e) {
        refused.put(code, e);
        why = e;
      }
    }
    for (RowProblem p : ctx.problems(why, Map.of("code", field, "nameZh", "customerName", "nameEn", "customerName"))) {
      problems.add(p.field() != null ? p : new RowProblem(ctx.binding().headerOf(field), field, p.code(), p.args()));
    }
    return null;
  }

  private CustomerDraft draft(String code, String name) {
    String n = name == null || name.isBlank() ? code : name;
    boolean chinese = n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    CustomerData data = new CustomerData(chinese ? n : null, chinese ? null : n, null, null, null, null, null, null,
        null, null, List.of(IMPORTED_TAG));
    return new CustomerDraft(company.id(), code, data, null, null, null, null);
  }

  /** The chunk committed: its new customers are real. */
  synchronized void committed() {
    known.putAll(pending);
    created.addAll(pending.keySet());
    absent.removeAll(pending.keySet());
    pending.clear();
  }

  /** The chunk was rolled back: its new customers never existed (a dry run still counts them as "would create"). */
  synchronized void rolledBack(boolean countAnyway) {
    if (countAnyway) {
      created.addAll(pending.keySet());
    }
    pending.clear();
  }

  /** Whether unknown codes create customers (chunks then depend on each other's creations). */
  boolean creates() {
    return create;
  }

  synchronized long createdCount() {
    return created.size();
  }
}
