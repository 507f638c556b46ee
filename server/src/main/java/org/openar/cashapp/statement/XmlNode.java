package org.openar.cashapp.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small element tree for one part of a camt message (an entry, a balance), addressed by local names so that the same
 * code reads every message version. Each node remembers its line for error messages. A 100,000-entry statement makes
 * millions of nodes, so a node allocates its attribute map, child list and text only when it has them.
 */
final class XmlNode {
  final String name;
  final int line;
  Map<String, String> attributes = Map.of();
  List<XmlNode> children = List.of();
  private String text;
  private StringBuilder more;

  XmlNode(String name, int line) {
    this.name = name;
    this.line = line;
  }

  void addAttribute(String localName, String value) {
    if (attributes.isEmpty()) {
      attributes = new TreeMap<>();
    }
    attributes.put(localName, value);
  }

  void addChild(XmlNode child) {
    if (children.isEmpty()) {
      children = new ArrayList<>(4);
    }
    children.add(child);
  }

  /** Character data of this element; an element's text usually comes in one piece. */
  void addText(String chars) {
    if (text == null) {
      text = chars;
    } else {
      if (more == null) {
        more = new StringBuilder(text);
      }
      more.append(chars);
    }
  }

  private String rawText() {
    return more != null ? more.toString() : text == null ? "" : text;
  }

  /** The first node along a path of local names ("RltdPties/Dbtr/Nm"), or null. */
  XmlNode at(String path) {
    XmlNode n = this;
    int from = 0;
    while (n != null) {
      int slash = path.indexOf('/', from);
      int to = slash < 0 ? path.length() : slash;
      n = n.child(path, from, to);
      if (slash < 0) {
        return n;
      }
      from = slash + 1;
    }
    return null;
  }

  /** Text at a path, trimmed, or null when the element is absent or empty. */
  String text(String path) {
    XmlNode n = at(path);
    if (n == null) {
      return null;
    }
    String t = n.rawText().strip();
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
    return child(localName, 0, localName.length());
  }

  private XmlNode child(String path, int from, int to) {
    for (XmlNode c : children) {
      if (c.name.length() == to - from && path.startsWith(c.name, from)) {
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
    return rawText().strip();
  }
}
