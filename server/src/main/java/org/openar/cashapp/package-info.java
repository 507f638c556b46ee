/**
 * Cash application: bank-statement import (camt.052/053/054, MT940/942, BAI2, CSV/xlsx), the matching engine that
 * proposes how each receipt clears open items, and the offline {@code openar match} / {@code openar bench cashapp}
 * commands. Database-free so far: posting, statement storage and the exception queue come next. Publishes and
 * consumes no events yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cash application", allowedDependencies = "shared")
package org.openar.cashapp;
