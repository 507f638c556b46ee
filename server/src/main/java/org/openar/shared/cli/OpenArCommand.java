package org.openar.shared.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a picocli {@code @Command} class as a subcommand of {@code ./openar}. {@code parent} groups it ("bench" makes
 * {@code openar bench <name>}); the launcher discovers these classes, so a module adds commands without touching it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OpenArCommand {

  /** The group this command belongs to ("" for top level, "bench", "audit", "token", ...). */
  String parent() default "";

  /** One-line description of the group, used when this command's group is created. */
  String parentDescription() default "";
}
