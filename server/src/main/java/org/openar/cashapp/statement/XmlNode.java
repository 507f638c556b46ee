package org.openar.cashapp.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small element tree for one part of a camt message (an entry, a balance), addressed by local names so that the same
 * code reads every message version. Each node remembers its line for error messages.
 */
final class XmlNode {
  final String name;
  final int line;
  final Map<String, String> attributes = new TreeMap<>();
  final List<XmlNode> children = new ArrayList<>();
  final StringBuilder text = new StringBuilder();

  XmlNode(String name, int line) {
    this.name = name;
    this.line = line;
  }

  /** The first node along a path of local names ("RltdPties/Dbtr/Nm"), or null. */
  XmlNode at(String path) {
    XmlNode n = this;
    for (String part : path.split("/")) {
      n = n.child(part);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** Text at a path, trimmed, or null when the element is absent or empty. */
  String text(String path) {
    XmlNode n = at(path);
    if (n == null) {
      return null;
    }
    String t = n.text.toString().strip();
    return t.isEmpty() ? null : t;
  }

  /** The first of several paths that has text. */
  String firstText(String... paths) {
    for (String p : paths) {
      String t = text(p);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  XmlNode child(String localName) {
    for (XmlNode c : children) {
      if (c.name.equals(localName)) {
        return c;
      }
    }
    return null;
  }

  List<XmlNode> all(String localName) {
    List<XmlNode> out = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.name.equals(localName)) {
        out.add(c);
      }
    }
    return out;
  }

  String value() {
    return text.toString().strip();
  }
}
