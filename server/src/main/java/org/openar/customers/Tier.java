package org.openar.customers;

/** Credit/service tier: A best, C riskiest. Drives dunning strategies and credit rules. */
public enum Tier { A, B, C }
