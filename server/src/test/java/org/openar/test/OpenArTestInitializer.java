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
}
