package org.openar.integration;

import java.util.List;

/** An import type and the fields it declares, in the order a template file lists them. */
public record ImportTypeSpec(ImportType type, List<FieldSpec> fields) {

  public ImportTypeSpec {
    fields = List.copyOf(fields);
  }
}
