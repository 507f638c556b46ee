package org.openar.identity.app;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openar.identity.ApprovalPolicy;
import org.springframework.stereotype.Component;

/** Every {@link ApprovalPolicy} bean of the application, by type; two policies for one type fail the start. */
@Component
public class ApprovalPolicies {

  private final Map<String, ApprovalPolicy> byType = new TreeMap<>();

  public ApprovalPolicies(List<ApprovalPolicy> policies) {
    for (ApprovalPolicy p : policies) {
      if (byType.putIfAbsent(p.type(), p) != null) {
        throw new IllegalStateException("two approval policies declare the type '" + p.type() + "'");
      }
    }
  }

  public Optional<ApprovalPolicy> find(String type) {
    return Optional.ofNullable(type == null ? null : byType.get(type));
  }

  public List<ApprovalPolicy> all() {
    return byType.values().stream().sorted(Comparator.comparing(ApprovalPolicy::type)).toList();
  }
}
