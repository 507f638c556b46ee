package org.openar.integration;

import java.util.List;

/**
 * Why a row was rejected: the file's column (null when the problem is not about one column), the import field, a
 * stable error code (of this or another module) and the message arguments, translated when read.
 */
public record RowProblem(String column, String field, String code, List<String> args) {

  public RowProblem {
    args = args == null ? List.of() : List.copyOf(args);
  }
}
