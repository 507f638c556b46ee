package org.openar.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points each test application context at its own fresh database and data directory. */
public class OpenArTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestDatabases.Connect db = TestDatabases.fresh();
    // registered first, so destroyed last: after the pool closed, the database server may stop
    AutoCloseable lease = TestDatabases.lease();
    // a bean definition (not a bare singleton) so that Spring calls its destroy method
    ((org.springframework.beans.factory.support.BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition(
        "openarTestDatabaseLease", new org.springframework.beans.factory.support.RootBeanDefinition(
            Lease.class, () -> new Lease(lease)));
    try {
      TestPropertyValues.of(
              "openar.db.url=" + db.url(),
              "openar.db.user=" + db.user(),
              "openar.db.password=" + db.password(),
              "openar.db.pool-size=10",
              "openar.data-dir=" + Files.createTempDirectory("openar-test-data"),
              "openar.jobs.enabled=false",
              "openar.admin-password=Admin-Passw0rd",
              "openar.identity.bcrypt-strength=4")
          .applyTo(context.getEnvironment());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Released when the context's beans are destroyed; the test database server stops after the last release. */
  static final class Lease implements org.springframework.beans.factory.DisposableBean {
    private final AutoCloseable lease;

    Lease(AutoCloseable lease) {
      this.lease = lease;
    }

    @Override
    public void destroy() throws Exception {
      lease.close();
    }
  }
}
