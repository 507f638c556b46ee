package org.openar.customers.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openar.customers.CustomerSearch;
import org.openar.customers.CustomerSummary;
import org.openar.customers.PayerKeys;
import org.openar.shared.db.Sql;
import org.openar.shared.paging.Page;
import org.openar.shared.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customer search with server-side paging. The WHERE clause holds only the filters actually given (values always
 * bound), so PostgreSQL can use the trigram, tag and company indexes for each combination.
 */
@Repository
public class CustomerSearchRepository {

  private static final Map<String, String> SORT = Map.of(
      "code", "c.code", "nameZh", "c.name_zh", "nameEn", "c.name_en", "tier", "c.tier", "status", "c.status",
      "region", "c.region", "country", "c.country", "creditLimit", "c.credit_limit_minor",
      "createdAt", "c.created_at", "updatedAt", "c.updated_at");
  public static final Set<String> SORT_FIELDS = SORT.keySet();

  private final JdbcClient jdbc;

  public CustomerSearchRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code ownRep}, when not null, limits the result to that sales rep's customers. */
  public Page<CustomerSummary> search(CustomerSearch s, UUID ownRep, PageQuery page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(s, ownRep, params);
    long total = jdbc.sql("select count(*) from customers_customer c where " + where).params(params)
        .query(Long.class).single();
    if (total == 0 || page.offset() >= total) {
      return Page.of(List.of(), total, page);
    }
    // a facade caller may build a PageQuery without (or with an unlisted) sort field: then by code
    String column = page.sortField() == null ? "c.code" : SORT.getOrDefault(page.sortField(), "c.code");
    String order = column + (page.descending() ? " desc" : " asc");
    List<CustomerSummary> items = jdbc.sql("select " + CustomerRepository.SUMMARY_COLUMNS
            + " from customers_customer c where " + where
            + " order by " + order + " nulls last, c.id limit :size offset :offset")
        .params(params).param("size", page.size()).param("offset", page.offset())
        .query(CustomerRepository::summary).list();
    return Page.of(items, total, page);
  }

  private static String where(CustomerSearch s, UUID ownRep, Map<String, Object> p) {
    StringBuilder w = new StringBuilder("true");
    add(w, p, "company", s.companyId() == null ? null : s.companyId().value(), "c.company_id = :company");
    add(w, p, "rep", s.salesRepId(), "c.sales_rep_id = :rep");
    add(w, p, "own", ownRep, "c.sales_rep_id = :own");
    add(w, p, "tiers", s.tiers().isEmpty() ? null : s.tiers().stream().map(Enum::name).toList(), "c.tier in (:tiers)");
    add(w, p, "statuses", s.statuses().isEmpty() ? null : s.statuses().stream().map(Enum::name).toList(),
        "c.status in (:statuses)");
    add(w, p, "tag", blankToNull(s.tag()), "c.tags @> array[cast(:tag as text)]");
    add(w, p, "region", blankToNull(s.region()), "c.region = :region");
    add(w, p, "country", s.country() == null ? null : blankToNull(s.country().toUpperCase(Locale.ROOT)),
        "c.country = :country");
    String text = blankToNull(s.text());
    if (text != null) {
      String key = PayerKeys.payerName(text);
      String aliases = key.isEmpty() ? "" : """
           or c.id in (select a.customer_id from customers_payer_alias a where a.name_key like :keyPattern)""";
      w.append(" and (c.search_text like lower(:pattern) escape '\\'").append(aliases).append(')');
      p.put("pattern", Sql.contains(text));
      if (!key.isEmpty()) {
        p.put("keyPattern", Sql.contains(key));
      }
    }
    return w.toString();
  }

  private static void add(StringBuilder w, Map<String, Object> p, String name, Object value, String condition) {
    if (value != null) {
      w.append(" and ").append(condition);
      p.put(name, value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
