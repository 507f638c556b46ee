package org.openar.test;

import java.util.Set;
import org.openar.identity.Users;
import org.openar.shared.security.Role;

/** Test helpers for calling the API as a given role through a real bearer token. */
public final class Api {

  private Api() {}

  /** Creates (once) a user with exactly these roles and returns a bearer header value for it. */
  public static String bearer(Users users, String username, Role... roles) {
    if (users.findByUsername(username).isEmpty()) {
      users.create(new Users.NewUser(username, username, username + "@example.com", "Test-Passw0rd-1",
          Set.of(roles), "en"));
    }
    return "Bearer " + users.createToken(username, "test", null);
  }
}
