package org.openar.invoicing;

/** How an installment schedule divides the gross amount: into equal parts, or by the percentages given per part. */
public enum ScheduleMode {
  EQUAL,
  PERCENT
}
