package org.openar.collections.app;

import java.util.List;
import org.openar.collections.CollectionsError;
import org.openar.customers.CustomerId;
import org.openar.customers.CustomerView;
import org.openar.customers.Customers;
import org.openar.shared.error.OpenArException;
import org.openar.shared.security.Actor;
import org.openar.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/** The SALES_REP rule for collections reads: another rep's customer is "not found", never "forbidden". */
@Component
public class CustomerAccess {

  private final Customers customers;

  public CustomerAccess(Customers customers) {
    this.customers = customers;
  }

  /** @throws OpenArException COLLECTIONS_CUSTOMER_NOT_FOUND when it does not exist or the actor may not see it */
  public CustomerView require(CustomerId id) {
    Actor actor = CurrentActor.get();
    CustomerView c = customers.find(id).orElseThrow(() -> notFound(id));
    if (actor.restrictedToOwnCustomers() && !actor.userId().equals(c.salesRepId())) {
      throw notFound(id);
    }
    return c;
  }

  /** The customers the actor is limited to, or null when it sees all. */
  public List<CustomerId> visibleOrAll() {
    Actor actor = CurrentActor.get();
    return actor.restrictedToOwnCustomers() ? List.copyOf(customers.ofSalesRep(actor.userId())) : null;
  }

  private static OpenArException notFound(CustomerId id) {
    return new OpenArException(CollectionsError.COLLECTIONS_CUSTOMER_NOT_FOUND, id);
  }
}
