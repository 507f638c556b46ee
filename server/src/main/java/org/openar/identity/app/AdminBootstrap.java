package org.openar.identity.app;

import java.util.Set;
import org.openar.identity.Users.NewUser;
import org.openar.identity.persistence.UserRepository;
import org.openar.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first start creates {@code admin} with the password from {@code OPENAR_ADMIN_PASSWORD}, or generates one and
 * prints it once (it is stored only as a bcrypt hash, so it can never be shown again).
 */
@Component
@Order(0)
public class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final UserRepository repository;
  private final UserService users;
  private final String configuredPassword;

  public AdminBootstrap(UserRepository repository, UserService users,
      @Value("${OPENAR_ADMIN_PASSWORD:${openar.admin-password:}}") String configuredPassword) {
    this.repository = repository;
    this.users = users;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repository.count() > 0) {
      return;
    }
    boolean generated = configuredPassword == null || configuredPassword.isBlank();
    String password = generated ? UserService.generatePassword() : configuredPassword;
    users.create(new NewUser("admin", "Administrator", null, password, Set.of(Role.ADMIN), "en"));
    if (generated) {
      // printed, not logged at INFO only, so it is visible even when logging is quiet; shown this one time
      String banner = "\n=================================================================\n"
          + " OpenAR created the user 'admin' with the password: " + password + "\n"
          + " It is shown only this once. Set OPENAR_ADMIN_PASSWORD to choose it.\n"
          + "=================================================================\n";
      System.out.println(banner);
      log.warn("Created user 'admin' with a generated password (printed to the console once).");
    } else {
      log.info("Created user 'admin' with the password from OPENAR_ADMIN_PASSWORD.");
    }
  }
}
