package org.openar.customers.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Codes and names of many customers in one query, for lists of other things that show whose they are. */
@Repository
public class CustomerNameRepository {

  public record NameRow(UUID id, UUID companyId, String code, String nameZh, String nameEn, String status) {}

  private final JdbcClient jdbc;

  public CustomerNameRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customers among {@code ids}; with {@code ownRep} only that sales rep's. */
  public List<NameRow> names(Collection<UUID> ids, UUID ownRep) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("ids", List.copyOf(ids));
    String own = "";
    if (ownRep != null) {
      own = " and sales_rep_id = :own";
      params.put("own", ownRep);
    }
    return jdbc.sql("select id, company_id, code, name_zh, name_en, status from customers_customer"
            + " where id in (:ids)" + own + " order by code")
        .params(params)
        .query((rs, n) -> new NameRow(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
            rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("status")))
        .list();
  }
}
