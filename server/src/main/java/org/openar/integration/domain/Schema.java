package org.openar.integration.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.integration.FieldSpec.FieldType;
import org.openar.integration.ImportType;
import org.openar.integration.ImportTypeSpec;

/** The fields of one import type, built with a small fluent builder so each type reads as a table. */
public final class Schema {

  /** Columns mapped to {@code attr.<name>} keep their values as attributes of the imported document. */
  public static final String ATTRIBUTE_PREFIX = "attr.";

  private final ImportType type;
  private final List<Field> fields;
  private final Map<String, Field> byName;

  private Schema(ImportType type, List<Field> fields) {
    this.type = type;
    this.fields = List.copyOf(fields);
    Map<String, Field> map = new LinkedHashMap<>();
    fields.forEach(f -> map.put(f.name(), f));
    this.byName = Collections.unmodifiableMap(map);
  }

  public ImportType type() {
    return type;
  }

  public List<Field> fields() {
    return fields;
  }

  public Field field(String name) {
    Field f = byName.get(name);
    if (f == null) {
      throw new IllegalArgumentException(type + " has no field " + name);
    }
    return f;
  }

  public boolean has(String name) {
    return byName.containsKey(name);
  }

  /** Whether a mapping may target {@code name}: a field of this type or an attribute. */
  public boolean accepts(String name) {
    return has(name) || isAttribute(name) && name.length() > ATTRIBUTE_PREFIX.length();
  }

  public boolean keepsAttributes() {
    return type != ImportType.CUSTOMERS;
  }

  public static boolean isAttribute(String name) {
    return name != null && name.startsWith(ATTRIBUTE_PREFIX);
  }

  public ImportTypeSpec spec() {
    return new ImportTypeSpec(type, fields.stream().map(Field::spec).toList());
  }

  static Builder builder(ImportType type) {
    return new Builder(type);
  }

  static final class Builder {
    private final ImportType type;
    private final List<Field> fields = new ArrayList<>();

    private Builder(ImportType type) {
      this.type = type;
    }

    Builder required(String name, FieldType t, int max, String... synonyms) {
      return add(name, t, true, null, max, List.of(), null, synonyms);
    }

    Builder optional(String name, FieldType t, int max, String... synonyms) {
      return add(name, t, false, null, max, List.of(), null, synonyms);
    }

    Builder oneOf(String group, String name, FieldType t, int max, String... synonyms) {
      return add(name, t, false, group, max, List.of(), null, synonyms);
    }

    Builder choice(String name, List<String> values, String... synonyms) {
      return add(name, FieldType.CHOICE, false, null, 40, values, null, synonyms);
    }

    Builder amount(String name, boolean required, String currencyField, String... synonyms) {
      return add(name, FieldType.AMOUNT, required, null, 40, List.of(), currencyField, synonyms);
    }

    Builder add(String name, FieldType t, boolean required, String group, int max, List<String> values,
        String currencyField, String... synonyms) {
      fields.add(new Field(fields.size(), name, t, required, group, max, values, currencyField, List.of(synonyms)));
      return this;
    }

    Schema build() {
      return new Schema(type, fields);
    }
  }
}
