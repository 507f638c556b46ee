package org.openar.collections;

import java.math.BigDecimal;

/** A collection agency or law firm with its default commission on recoveries (percent). */
public record AgencyView(AgencyId id, String name, PlacementKind kind, BigDecimal commissionPercent, String email,
    String phone, boolean active) {}
