/**
 * Shared kernel: money, currencies, rounding policies, business time, typed errors, paging, i18n, database bootstrap and
 * idempotency. Open to every module; publishes and consumes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openar.shared;
