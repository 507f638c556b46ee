package org.openar.integration.domain;

import java.util.List;
import org.openar.integration.FieldSpec;
import org.openar.integration.FieldSpec.FieldType;

/**
 * One target field of an import type: its type and limits, and the header words (English and Chinese, normalised by
 * {@link HeaderGuesser#normalize}) that suggest a file column feeds it. {@code currencyField} pairs an amount with the
 * field holding its currency. {@code index} is the field's slot in a parsed row.
 */
public record Field(int index, String name, FieldType type, boolean required, String oneOfGroup, int maxLength,
    List<String> values, String currencyField, List<String> synonyms) {

  public Field {
    values = List.copyOf(values);
    synonyms = List.copyOf(synonyms);
  }

  public FieldSpec spec() {
    return new FieldSpec(name, type, required, oneOfGroup, values);
  }
}
