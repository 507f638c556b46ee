package org.openar.demo.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code openar.demo.*}: {@code enabled} seeds the demo company at start (set by {@code serve --demo}); {@code seed}
 * fixes the random choices so screenshots and tests are stable; {@code customers} and {@code invoices} the size.
 */
@ConfigurationProperties("openar.demo")
public record DemoProperties(Boolean enabled, Long seed, Integer customers, Integer invoices) {

  public DemoProperties {
    enabled = enabled != null && enabled;
    seed = seed == null ? 20260301L : seed;
    customers = customers == null ? 220 : customers;
    invoices = invoices == null ? 5400 : invoices;
  }
}
