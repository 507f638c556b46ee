package org.openar.notifications.domain;

import java.util.List;

/** A parsed template: literal text, a value tag {@code {{path|format}}} or a section {@code {{#path}}...{{/path}}}. */
public sealed interface Node {

  record Text(String text) implements Node {}

  record Value(String path, String format, int line, int column) implements Node {}

  /** A loop over a list, or a block shown when the value is true / present ({@code inverted}: when false / absent). */
  record Section(String path, boolean inverted, List<Node> body, int line, int column) implements Node {}
}
