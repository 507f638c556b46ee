package org.openar.notifications;

/** Types of template variables; MONEY and DATE print per language, OBJECT and LIST have fields. */
public enum VariableType {
  TEXT,
  NUMBER,
  MONEY,
  DATE,
  BOOLEAN,
  OBJECT,
  LIST;

  public boolean printable() {
    return this != OBJECT && this != LIST;
  }
}
