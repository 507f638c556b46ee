package org.openar.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openar.shared.security.Role;

/** The identity module's facade for other modules: look users up, list them by role. */
public interface Users {

  Optional<UserView> find(UUID id);

  Optional<UserView> findByUsername(String username);

  List<UserView> withRole(Role role);

  List<UserView> all();

  /** Creates a user; the password is hashed, never stored. */
  UserView create(NewUser user);

  /**
   * Creates several users at once, all or none, with the same checks and audit records as {@link #create} for each;
   * the password hashes are computed in parallel.
   */
  List<UserView> createAll(List<NewUser> users);

  /** Issues an API token for the user and returns its secret, which is shown this once and stored only as a hash. */
  String createToken(String username, String tokenName, java.time.Duration validity);

  record NewUser(String username, String displayName, String email, String password, java.util.Set<Role> roles,
      String language) {}
}
