package org.openar.integration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.integration.RowProblem;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import org.openar.shared.terms.PaymentTerms;

/**
 * One data row after parsing: typed values by field slot, the problems found so far (later stages add theirs, such as
 * an unknown customer or a duplicate document) and the attributes kept from {@code attr.*} columns.
 */
public final class ParsedRow {

  private final long number;
  private final String[] cells;
  private final Object[] values;
  private List<RowProblem> problems;
  private Map<String, String> attributes;

  ParsedRow(long number, String[] cells, int fields) {
    this.number = number;
    this.cells = cells;
    this.values = new Object[fields];
  }

  public long number() {
    return number;
  }

  public String[] cells() {
    return cells;
  }

  public boolean ok() {
    return problems == null;
  }

  public List<RowProblem> problems() {
    return problems == null ? List.of() : problems;
  }

  public void reject(RowProblem problem) {
    if (problems == null) {
      problems = new ArrayList<>(2);
    }
    problems.add(problem);
  }

  public Map<String, String> attributes() {
    return attributes == null ? Map.of() : attributes;
  }

  void attribute(String name, String value) {
    if (attributes == null) {
      attributes = new LinkedHashMap<>();
    }
    attributes.put(name, value);
  }

  void set(Field f, Object value) {
    values[f.index()] = value;
  }

  public Object value(Field f) {
    return values[f.index()];
  }

  public String text(Field f) {
    return (String) values[f.index()];
  }

  public LocalDate date(Field f) {
    return (LocalDate) values[f.index()];
  }

  public Money money(Field f) {
    return (Money) values[f.index()];
  }

  public Integer integer(Field f) {
    return (Integer) values[f.index()];
  }

  public Boolean bool(Field f) {
    return (Boolean) values[f.index()];
  }

  public CurrencyCode currency(Field f) {
    return (CurrencyCode) values[f.index()];
  }

  public PaymentTerms terms(Field f) {
    return (PaymentTerms) values[f.index()];
  }

  @SuppressWarnings("unchecked")
  public List<String> list(Field f) {
    Object v = values[f.index()];
    return v == null ? List.of() : (List<String>) v;
  }
}
