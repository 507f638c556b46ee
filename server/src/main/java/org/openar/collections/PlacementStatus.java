package org.openar.collections;

/** ACTIVE while the agency works the items; RECALLED when taken back; CLOSED when every placed item is settled. */
public enum PlacementStatus { ACTIVE, RECALLED, CLOSED }
