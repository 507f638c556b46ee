package org.openar.collections.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openar.collections.ComplianceSettings;
import org.openar.collections.CustomerProfile;
import org.openar.collections.StepChannel;
import org.openar.collections.StrategyView;
import org.openar.customers.CompanyId;
import org.openar.customers.CustomerId;
import org.openar.ledger.FxTable;
import org.openar.ledger.ItemId;

/**
 * Everything a run needs to decide about one customer, loaded in bulk beforehand so planning is pure computation.
 *
 * @param strategy null when no strategy applies
 * @param progress per item and channel, the step the item was dunned at last
 * @param escalated items a broken promise moved on to their next step
 * @param promisedUntil items under an open promise, with the last day dunning pauses for them
 * @param fx rates into the strategy's minimum-amount currencies on the run date (null: only same-currency totals)
 */
public record CustomerCase(
    CustomerId customerId,
    CompanyId companyId,
    String code,
    String name,
    StrategyView strategy,
    List<OpenItem> items,
    Map<ItemId, Map<StepChannel, ItemProgress>> progress,
    Set<ItemId> escalated,
    Set<ItemId> disputed,
    Map<ItemId, LocalDate> promisedUntil,
    Set<ItemId> placed,
    CustomerProfile profile,
    ZoneId zone,
    List<ContactOption> contacts,
    String postalAddress,
    String defaultLanguage,
    int contactsInWindow,
    LocalDate lastContact,
    ComplianceSettings compliance,
    FxTable fx,
    LocalDate asOf,
    Instant now) {}
