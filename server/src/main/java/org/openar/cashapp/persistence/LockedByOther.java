package org.openar.cashapp.persistence;

import java.sql.SQLException;
import org.springframework.dao.PessimisticLockingFailureException;

/** A row another transaction holds (PostgreSQL lock_not_available, 55P03) while we asked not to wait. */
public class LockedByOther extends RuntimeException {

  LockedByOther(Throwable cause) {
    super("row locked by another transaction", cause);
  }

  static boolean isLockNotAvailable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PessimisticLockingFailureException
          || t instanceof SQLException s && "55P03".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
