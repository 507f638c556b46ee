package org.openar.collections;

/** A collection agency, or a law firm / legal proceedings. */
public enum PlacementKind { AGENCY, LEGAL }
