package org.openar.collections;

/** OPEN until paid in full (KEPT) or the promised date plus grace passes first (BROKEN); CANCELLED if recorded by mistake. */
public enum PromiseStatus { OPEN, KEPT, BROKEN, CANCELLED }
