package org.openar.cashapp.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openar.cashapp.matching.CustomerRecord;
import org.openar.cashapp.matching.FxRates;
import org.openar.cashapp.matching.LineMatch;
import org.openar.cashapp.matching.MatchSettings;
import org.openar.cashapp.matching.MatchingEngine;
import org.openar.cashapp.matching.OpenItem;
import org.openar.cashapp.matching.Receipt;
import org.openar.ledger.ItemType;
import org.openar.ledger.ItemView;
import org.openar.shared.terms.DiscountTier;
import org.openar.shared.terms.PaymentTerms;

/**
 * A company's customers and open debits as the matching engine sees them, with the way back from the engine's
 * invoice numbers to ledger items. The engine knows one discount window per item, so when some invoice offers several
 * tiers (2/10,1/20,NET30) receipts are matched per value date against the tier in force on that day.
 */
public final class EngineBook {

  private final List<CustomerRecord> customers;
  private final Map<UUID, String> customerNames;
  private final Map<String, ItemView> items;
  private final MatchSettings settings;
  private final FxRates fx;
  private final boolean severalTiers;
  private MatchingEngine single;

  EngineBook(List<CustomerRecord> customers, Map<UUID, String> customerNames, List<ItemView> openDebits,
      MatchSettings settings, FxRates fx) {
    this.customers = List.copyOf(customers);
    this.customerNames = Map.copyOf(customerNames);
    this.items = keyed(openDebits);
    this.settings = settings;
    this.fx = fx;
    this.severalTiers = openDebits.stream().anyMatch(i -> tiers(i).size() > 1);
  }

  /** The engine's answer for each receipt, in the order given. */
  public List<LineMatch> match(List<Receipt> receipts) {
    if (!severalTiers) {
      if (single == null) {
        single = engine(null);
      }
      return single.matchAll(receipts);
    }
    Map<LocalDate, List<Integer>> byDate = new LinkedHashMap<>();
    for (int i = 0; i < receipts.size(); i++) {
      byDate.computeIfAbsent(receipts.get(i).date(), d -> new ArrayList<>()).add(i);
    }
    LineMatch[] out = new LineMatch[receipts.size()];
    byDate.forEach((date, indexes) -> {
      List<LineMatch> m = engine(date).matchAll(indexes.stream().map(receipts::get).toList());
      for (int k = 0; k < indexes.size(); k++) {
        out[indexes.get(k)] = m.get(k);
      }
    });
    return List.of(out);
  }

  /** The ledger item behind an engine invoice number, or null. */
  public ItemView item(String engineNumber) {
    return items.get(engineNumber);
  }

  public String customerName(UUID customer) {
    return customerNames.get(customer);
  }

  public int itemCount() {
    return items.size();
  }

  public int customerCount() {
    return customers.size();
  }

  private MatchingEngine engine(LocalDate date) {
    List<OpenItem> open = new ArrayList<>(items.size());
    items.forEach((key, item) -> open.add(openItem(key, item, date)));
    return MatchingEngine.build(customers, open, settings, fx);
  }

  /** {@code date} null: the item's only tier (the engine checks its window); else the tier in force on that day. */
  private static OpenItem openItem(String key, ItemView i, LocalDate date) {
    List<DiscountTier> tiers = tiers(i);
    DiscountTier tier = null;
    if (!tiers.isEmpty()) {
      tier = date == null ? tiers.get(0) : i.paymentTerms().discountOn(i.documentDate(), date).orElse(null);
    }
    return new OpenItem(key, i.customerId().toString(), i.openAmount(), i.documentDate(), i.dueDate(),
        tier == null ? null : tier.percent(), tier == null ? null : i.documentDate().plusDays(tier.days()));
  }

  private static List<DiscountTier> tiers(ItemView i) {
    PaymentTerms t = i.paymentTerms();
    return i.type() != ItemType.INVOICE || t == null ? List.of() : t.discounts();
  }

  /**
   * Engine invoice numbers must identify one item: the document number when it does, else with the installment
   * ({@code INV-7-2}) or, for a fee sharing an invoice's number, the type ({@code INV-7/FEE}).
   */
  static Map<String, ItemView> keyed(List<ItemView> debits) {
    Map<String, Integer> uses = new HashMap<>();
    debits.forEach(d -> uses.merge(d.documentNumber(), 1, Integer::sum));
    Map<String, ItemView> out = new LinkedHashMap<>();
    for (ItemView d : debits) {
      String key = d.documentNumber();
      if (uses.get(key) > 1) {
        key = d.installmentNo() != null ? key + "-" + d.installmentNo() : key;
        key = d.type() != ItemType.INVOICE ? key + "/" + d.type() : key;
      }
      if (out.putIfAbsent(key, d) != null) {
        out.put(key + "/" + d.id(), d); // cannot happen with the ledger's unique keys; never drop an item
      }
    }
    return out;
  }
}
