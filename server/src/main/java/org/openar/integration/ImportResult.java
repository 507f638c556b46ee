package org.openar.integration;

import java.util.List;

/** A finished import (synchronous run or CLI): the job and its first rejected rows ({@code rejectedTotal} in all). */
public record ImportResult(ImportJobView job, List<RejectedRow> rejected, long rejectedTotal) {

  public ImportResult {
    rejected = List.copyOf(rejected);
  }
}
