package org.openar.shared.security;

/**
 * The roles of OpenAR. What each may do is the role x endpoint matrix (docs/security-matrix.md), enforced by
 * {@code @PreAuthorize} on every controller method using the expressions in {@link Access}.
 */
public enum Role {
  ADMIN,
  AR_CLERK,
  COLLECTOR,
  CREDIT_MANAGER,
  CONTROLLER,
  SALES_REP,
  AUDITOR;

  public String authority() {
    return "ROLE_" + name();
  }
}
