package org.openar.collections.app;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openar.collections.AssignmentRule;
import org.openar.collections.CollectionsError;
import org.openar.collections.CustomerProfile;
import org.openar.collections.domain.Assignment;
import org.openar.collections.persistence.AssignmentRuleRepository;
import org.openar.collections.persistence.ProfileRepository;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerDetail;
import org.openar.customers.CustomerId;
import org.openar.customers.Customers;
import org.openar.identity.UserView;
import org.openar.identity.Users;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.Role;
import org.springframework.stereotype.Component;

/** Who works a customer: its collector override, else the assignment rules. */
@Component
class WorkAssignment {

  private static final Set<Role> WORKING_ROLES = Set.of(Role.COLLECTOR, Role.AR_CLERK, Role.ADMIN);

  private final Customers customers;
  private final ProfileRepository profiles;
  private final AssignmentRuleRepository rules;
  private final Users users;

  WorkAssignment(Customers customers, ProfileRepository profiles, AssignmentRuleRepository rules, Users users) {
    this.customers = customers;
    this.profiles = profiles;
    this.rules = rules;
    this.users = users;
  }

  CompanyId companyOf(CustomerId customer) {
    return customers.get(customer).companyId();
  }

  UUID collectorOf(CustomerId customer) {
    return collectors(List.of(customer)).get(customer);
  }

  /** The collector of each customer (absent: unassigned). */
  Map<CustomerId, UUID> collectors(Collection<CustomerId> ids) {
    Map<CustomerId, CustomerDetail> details = customers.details(ids);
    Map<CustomerId, CustomerProfile> stored = profiles.profiles(ids);
    List<AssignmentRule> all = rules.all();
    Map<CustomerId, UUID> out = new HashMap<>();
    details.forEach((id, d) -> {
      CustomerProfile p = stored.get(id);
      Assignment.collectorFor(p == null ? null : p.collectorId(), d.customer().companyId(), d.customer().tier(),
          d.region(), d.customer().salesRepId(), all).ifPresent(c -> out.put(id, c));
    });
    return out;
  }

  /** @throws OpenArException COLLECTIONS_USER_NOT_COLLECTOR unless an enabled user who may do collections work */
  UserView requireCollector(UUID id, String field) {
    UserView u = users.find(id).filter(UserView::enabled)
        .filter(v -> v.roles().stream().anyMatch(WORKING_ROLES::contains))
        .orElseThrow(() -> new OpenArException(CollectionsError.COLLECTIONS_USER_NOT_COLLECTOR, id).onField(field));
    return u;
  }
}
