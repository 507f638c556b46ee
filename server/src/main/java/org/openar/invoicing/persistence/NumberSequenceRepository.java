package org.openar.invoicing.persistence;

import org.openar.customers.CompanyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gap-free document numbers: the sequence row of a company, kind and year is locked FOR UPDATE by the issuing
 * transaction and advanced in it. A concurrent issue waits for the lock and then takes the next number; a rolled-back
 * issue leaves the row as it was, so its number is taken by the next issue and no number is ever skipped.
 */
@Repository
public class NumberSequenceRepository {

  public enum Kind { INVOICE, CREDIT_NOTE }

  private final JdbcClient jdbc;

  public NumberSequenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The next number (1, 2, ...); must run inside the transaction that uses it. */
  public long next(CompanyId company, Kind kind, int year) {
    return reserve(company, kind, year, 1);
  }

  /**
   * Takes {@code count} consecutive numbers at once and returns the first; the row stays locked until commit, so the
   * block is gap-free exactly like {@code count} calls of {@link #next}.
   */
  public long reserve(CompanyId company, Kind kind, int year, int count) {
    jdbc.sql("""
            insert into invoicing_number_sequence (company_id, kind, year, last_value)
            values (:company, :kind, :year, 0) on conflict do nothing""")
        .param("company", company.value()).param("kind", kind.name()).param("year", year).update();
    long last = jdbc.sql("""
            select last_value from invoicing_number_sequence
             where company_id = :company and kind = :kind and year = :year for update""")
        .param("company", company.value()).param("kind", kind.name()).param("year", year)
        .query(Long.class).single();
    jdbc.sql("""
            update invoicing_number_sequence set last_value = :next
             where company_id = :company and kind = :kind and year = :year""")
        .param("next", last + count).param("company", company.value()).param("kind", kind.name())
        .param("year", year).update();
    return last + 1;
  }

  /** The last number given out (0 when none), for tests and reports. */
  public long last(CompanyId company, Kind kind, int year) {
    return jdbc.sql("""
            select coalesce((select last_value from invoicing_number_sequence
                              where company_id = :company and kind = :kind and year = :year), 0)""")
        .param("company", company.value()).param("kind", kind.name()).param("year", year)
        .query(Long.class).single();
  }
}
