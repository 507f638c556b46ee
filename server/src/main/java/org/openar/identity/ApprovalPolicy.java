package org.openar.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openar.shared.money.Money;
import org.openar.shared.security.Role;

/**
 * Who may decide approvals of one type, declared by the module that requests them as a Spring bean:
 * <pre>
 * &#64;Bean ApprovalPolicy writeOffApproval() {
 *   return ApprovalPolicy.of("ledger.write-off", Role.CREDIT_MANAGER, Role.CONTROLLER)
 *       .above(Money.of("10000.00", "CNY"), Role.CONTROLLER);
 * }
 * </pre>
 * An amount strictly above a threshold (same currency) needs that threshold's roles; the highest threshold passed wins.
 * Declare thresholds from lowest to highest. An amount in a currency without thresholds gets the last (strictest) one:
 * an unforeseen currency must never slip through with the lowest authority.
 *
 * @param type stable name, prefixed by the requesting module ({@code ledger.write-off})
 * @param deciders roles that may decide amounts below every threshold
 * @param thresholds escalations by amount, lowest first
 */
public record ApprovalPolicy(String type, Set<Role> deciders, List<Threshold> thresholds) {

  /** The roles {@code Access.DECIDE_APPROVAL} lets through; a policy naming any other role could never be decided. */
  public static final Set<Role> DECIDING_ROLES =
      Collections.unmodifiableSet(EnumSet.of(Role.ADMIN, Role.CONTROLLER, Role.CREDIT_MANAGER));

  /** Amounts strictly above {@code above} need one of {@code deciders}. */
  public record Threshold(Money above, Set<Role> deciders) {
    public Threshold {
      if (above == null || above.isNegative()) {
        throw new IllegalArgumentException("a threshold needs a non-negative amount");
      }
      deciders = checkedDeciders(deciders);
    }
  }

  public ApprovalPolicy {
    if (type == null || !type.matches("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+") || type.length() > 64) {
      throw new IllegalArgumentException("approval type must look like 'module.action' (lower case): " + type);
    }
    deciders = checkedDeciders(deciders);
    thresholds = List.copyOf(thresholds == null ? List.of() : thresholds);
    for (int i = 0; i < thresholds.size(); i++) {
      for (int j = 0; j < i; j++) {
        Money lower = thresholds.get(j).above();
        Money higher = thresholds.get(i).above();
        if (lower.currency().equals(higher.currency()) && !higher.isGreaterThan(lower)) {
          throw new IllegalArgumentException(type + ": thresholds must be declared from lowest to highest");
        }
      }
    }
  }

  public static ApprovalPolicy of(String type, Role... deciders) {
    return new ApprovalPolicy(type, Set.of(deciders), List.of());
  }

  /** This policy with one more escalation: amounts strictly above {@code amount} need one of {@code roles}. */
  public ApprovalPolicy above(Money amount, Role... roles) {
    List<Threshold> more = new ArrayList<>(thresholds);
    more.add(new Threshold(amount, Set.of(roles)));
    return new ApprovalPolicy(type, deciders, more);
  }

  /** Whether requests must carry an amount (they must when any threshold exists). */
  public boolean needsAmount() {
    return !thresholds.isEmpty();
  }

  /** The roles that may decide a request for {@code amount} (null only when {@link #needsAmount()} is false). */
  public Set<Role> decidersFor(Money amount) {
    if (thresholds.isEmpty()) {
      return deciders;
    }
    List<Threshold> sameCurrency = amount == null ? List.of()
        : thresholds.stream().filter(t -> t.above().currency().equals(amount.currency())).toList();
    if (sameCurrency.isEmpty()) {
      return thresholds.get(thresholds.size() - 1).deciders();
    }
    Set<Role> result = deciders;
    for (Threshold t : sameCurrency) {
      if (amount.isGreaterThan(t.above())) {
        result = t.deciders();
      }
    }
    return result;
  }

  private static Set<Role> checkedDeciders(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("an approval policy needs at least one deciding role");
    }
    if (!DECIDING_ROLES.containsAll(roles)) {
      throw new IllegalArgumentException("only " + DECIDING_ROLES + " may decide approvals, not " + roles);
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }
}
