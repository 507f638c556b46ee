package org.openar.integration;

import java.util.Map;
import org.openar.customers.CompanyId;
import org.openar.ledger.ItemType;

/**
 * What an import kept about a ledger document besides its amounts: the {@code disputed} flag of the source system
 * (for the disputes module to open cases from) and any extra column mapped to {@code attr.<name>}.
 */
public record DocumentAttributes(CompanyId companyId, ItemType type, String documentNumber, boolean disputed,
    Map<String, String> attributes, ImportJobId jobId) {

  public DocumentAttributes {
    attributes = Map.copyOf(attributes);
  }
}
