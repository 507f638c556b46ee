package org.openar.collections;

public enum TaskStatus { OPEN, DONE, CANCELLED }
