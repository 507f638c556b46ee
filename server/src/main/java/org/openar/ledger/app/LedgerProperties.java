package org.openar.ledger.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Ledger settings.
 *
 * @param bulkMaxItems the most items one {@code postBulk} call accepts (default 100,000)
 * @param customerCacheSize how many known customers bulk posting remembers between calls (default 200,000)
 */
@ConfigurationProperties("openar.ledger")
public record LedgerProperties(Integer bulkMaxItems, Integer customerCacheSize) {

  public LedgerProperties {
    bulkMaxItems = bulkMaxItems == null ? 100_000 : bulkMaxItems;
    customerCacheSize = customerCacheSize == null ? 200_000 : customerCacheSize;
  }
}
