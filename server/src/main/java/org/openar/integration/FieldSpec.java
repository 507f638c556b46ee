package org.openar.integration;

import java.util.List;

/**
 * A field an import type understands. {@code oneOfGroup}: fields sharing a group need at least one of them
 * (a Chinese or an English name). {@code values}: the allowed values of a CHOICE field.
 */
public record FieldSpec(String name, FieldType type, boolean required, String oneOfGroup, List<String> values) {

  public FieldSpec {
    values = values == null ? List.of() : List.copyOf(values);
  }

  /** TEXT: free text; CODE: an identifier; LIST: several values separated by {@code ;} or {@code ,}. */
  public enum FieldType { TEXT, CODE, DATE, AMOUNT, CURRENCY, INTEGER, BOOLEAN, CHOICE, TERMS, EMAIL, LIST }
}
