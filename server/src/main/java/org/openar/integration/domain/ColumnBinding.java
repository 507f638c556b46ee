package org.openar.integration.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.integration.ColumnMapping;
import org.openar.integration.IntegrationError;
import org.openar.shared.error.FieldViolation;
import org.openar.shared.error.OpenArException;

/**
 * A mapping checked against one file's header: which column index feeds which field (and which attribute), which
 * columns are ignored. Headers are matched exactly, else after {@link HeaderGuesser#normalize} ("Invoice Date " finds
 * "invoice date"). Every mistake of the mapping is reported at once, each on {@code mapping.columns[<header>]}.
 */
public final class ColumnBinding {

  private final Schema schema;
  private final List<String> header;
  private final int[] columnOfField;
  private final Map<String, Integer> attributes;
  private final List<String> ignored;

  private ColumnBinding(Schema schema, List<String> header, int[] columnOfField, Map<String, Integer> attributes,
      List<String> ignored) {
    this.schema = schema;
    this.header = List.copyOf(header);
    this.columnOfField = columnOfField;
    this.attributes = attributes;
    this.ignored = List.copyOf(ignored);
  }

  /** Binds {@code mapping}; when it names no columns, the guess from the header is used. */
  public static ColumnBinding bind(Schema schema, List<String> header, ColumnMapping mapping) {
    return bind(schema, header, mapping, true);
  }

  /** As {@link #bind}, but with {@code complete} false unmapped required fields are allowed (a preview lists them). */
  public static ColumnBinding bind(Schema schema, List<String> header, ColumnMapping mapping, boolean complete) {
    Map<String, String> columns = mapping == null || mapping.columns().isEmpty()
        ? HeaderGuesser.guess(schema, header) : mapping.columns();
    List<FieldViolation> v = new ArrayList<>();
    int[] columnOf = new int[schema.fields().size()];
    java.util.Arrays.fill(columnOf, -1);
    Map<String, Integer> attributes = new LinkedHashMap<>();
    boolean[] used = new boolean[header.size()];
    columns.forEach((h, field) -> assign(schema, header, h, field, columnOf, attributes, used, v));
    if (complete) {
      requireFields(schema, columnOf, v);
    }
    if (!v.isEmpty()) {
      throw OpenArException.invalid(v);
    }
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!used[i] && !header.get(i).isBlank()) {
        ignored.add(header.get(i));
      }
    }
    return new ColumnBinding(schema, header, columnOf, attributes, ignored);
  }

  /** One mapping entry: header {@code h} feeds {@code field} (blank: the column is explicitly ignored). */
  private static void assign(Schema schema, List<String> header, String h, String field, int[] columnOf,
      Map<String, Integer> attributes, boolean[] used, List<FieldViolation> v) {
    String path = "mapping.columns[" + h + "]";
    int col = field == null || field.isBlank() ? -1 : find(header, h, v, path);
    if (col < 0) {
      return;
    }
    if (!schema.accepts(field) || Schema.isAttribute(field) && !schema.keepsAttributes()) {
      v.add(FieldViolation.of(path, IntegrationError.INTEGRATION_UNKNOWN_FIELD, field, schema.type().cliName()));
    } else if (Schema.isAttribute(field)) {
      attributes.put(field.substring(Schema.ATTRIBUTE_PREFIX.length()), col);
      used[col] = true;
    } else if (columnOf[schema.field(field).index()] >= 0) {
      v.add(FieldViolation.of(path, IntegrationError.INTEGRATION_FIELD_MAPPED_TWICE, field));
    } else {
      columnOf[schema.field(field).index()] = col;
      used[col] = true;
    }
  }

  private static int find(List<String> header, String wanted, List<FieldViolation> v, String path) {
    int found = -1;
    int count = 0;
    for (int pass = 0; pass < 2 && count == 0; pass++) {
      for (int i = 0; i < header.size(); i++) {
        boolean match = pass == 0 ? header.get(i).strip().equals(wanted.strip())
            : HeaderGuesser.normalize(header.get(i)).equals(HeaderGuesser.normalize(wanted));
        if (match) {
          found = i;
          count++;
        }
      }
    }
    if (count == 0) {
      v.add(FieldViolation.of(path, IntegrationError.INTEGRATION_UNKNOWN_COLUMN, wanted));
      return -1;
    }
    if (count > 1) {
      v.add(FieldViolation.of(path, IntegrationError.INTEGRATION_DUPLICATE_HEADER, wanted));
      return -1;
    }
    return found;
  }

  private static void requireFields(Schema schema, int[] columnOf, List<FieldViolation> v) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Map<String, Boolean> groupMapped = new HashMap<>();
    for (Field f : schema.fields()) {
      boolean mapped = columnOf[f.index()] >= 0;
      if (f.required() && !mapped) {
        v.add(FieldViolation.of("mapping.columns", IntegrationError.INTEGRATION_REQUIRED_FIELD_UNMAPPED, f.name()));
      }
      if (f.oneOfGroup() != null) {
        groups.computeIfAbsent(f.oneOfGroup(), g -> new ArrayList<>()).add(f.name());
        groupMapped.merge(f.oneOfGroup(), mapped, Boolean::logicalOr);
      }
    }
    groups.forEach((g, names) -> {
      if (!groupMapped.get(g)) {
        v.add(FieldViolation.of("mapping.columns", IntegrationError.INTEGRATION_REQUIRED_FIELD_UNMAPPED,
            String.join(" | ", names)));
      }
    });
  }

  /** Required fields (and one-of groups, as {@code a | b}) that no column feeds. */
  public List<String> unmappedRequired() {
    List<FieldViolation> v = new ArrayList<>();
    requireFields(schema, columnOfField, v);
    return v.stream().map(x -> String.valueOf(x.args().get(0))).toList();
  }

  public Schema schema() {
    return schema;
  }

  public List<String> header() {
    return header;
  }

  /** The column index feeding {@code f}, or -1. */
  public int column(Field f) {
    return columnOfField[f.index()];
  }

  public boolean mapped(Field f) {
    return columnOfField[f.index()] >= 0;
  }

  /** The header of the column feeding the field named {@code field}, or null (unmapped, or not a field). */
  public String headerOf(String field) {
    if (field == null || !schema.has(field)) {
      return null;
    }
    int c = columnOfField[schema.field(field).index()];
    return c < 0 ? null : header.get(c);
  }

  public Map<String, Integer> attributeColumns() {
    return attributes;
  }

  public List<String> ignoredColumns() {
    return ignored;
  }

  /** The effective mapping: header → field or {@code attr.<name>}, in header order. */
  public Map<String, String> columns() {
    Map<Integer, String> byColumn = new java.util.TreeMap<>();
    for (Field f : schema.fields()) {
      if (columnOfField[f.index()] >= 0) {
        byColumn.put(columnOfField[f.index()], f.name());
      }
    }
    attributes.forEach((name, col) -> byColumn.put(col, Schema.ATTRIBUTE_PREFIX + name));
    Map<String, String> out = new LinkedHashMap<>();
    byColumn.forEach((c, f) -> out.put(header.get(c), f));
    return out;
  }
}
