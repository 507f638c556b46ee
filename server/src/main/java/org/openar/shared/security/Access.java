package org.openar.shared.security;

/**
 * Authorization expressions for {@code @PreAuthorize}, named after what they protect, so the role x endpoint matrix is
 * readable in one place. Reads are open to every role (a SALES_REP additionally sees only its own customers, enforced
 * in queries); writes name the roles that perform them. AUDITOR and SALES_REP never write.
 */
public final class Access {

  private Access() {}

  /** Any signed-in user may read (SALES_REP data is filtered to its own customers). */
  public static final String READ = "isAuthenticated()";
  /**
   * Reading operational data that cannot be filtered per customer (message logs, templates, run histories): every role
   * except SALES_REP, whose reads are limited to its own customers. AUDITOR reads everything.
   */
  public static final String READ_ALL = "hasAnyRole('ADMIN','AR_CLERK','COLLECTOR','CREDIT_MANAGER','CONTROLLER','AUDITOR')";
  /** Administration: users, roles, tokens, system settings. */
  public static final String ADMIN = "hasRole('ADMIN')";
  /** Master data of customers and companies. */
  public static final String MASTER_DATA = "hasAnyRole('ADMIN','AR_CLERK','CREDIT_MANAGER')";
  /** Posting invoices, credit notes, fees and other debit/credit items. */
  public static final String POST_ITEMS = "hasAnyRole('ADMIN','AR_CLERK')";
  /** Recording receipts and allocating, unallocating, reversing them. */
  public static final String POST_CASH = "hasAnyRole('ADMIN','AR_CLERK')";
  /** Imports of master data and open items. */
  public static final String IMPORT = "hasAnyRole('ADMIN','AR_CLERK')";
  /** Collections work: activities, promises, dunning. */
  public static final String COLLECT = "hasAnyRole('ADMIN','COLLECTOR','AR_CLERK')";
  /** Credit decisions: limits, tiers, holds. */
  public static final String CREDIT = "hasAnyRole('ADMIN','CREDIT_MANAGER')";
  /** Finance control: FX rates, write-off policy, period reports with side effects. */
  public static final String CONTROL = "hasAnyRole('ADMIN','CONTROLLER')";
  /** Requesting an approval (maker). */
  public static final String REQUEST_APPROVAL = "hasAnyRole('ADMIN','AR_CLERK','COLLECTOR','CREDIT_MANAGER','CONTROLLER')";
  /** Deciding an approval (checker); the requester can never decide its own request. */
  public static final String DECIDE_APPROVAL = "hasAnyRole('ADMIN','CONTROLLER','CREDIT_MANAGER')";
  /** The audit trail: auditors, controllers and admins. */
  public static final String AUDIT = "hasAnyRole('ADMIN','AUDITOR','CONTROLLER')";
}
