package org.openar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.cli.SpringCli;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./openar}: the launcher. With no arguments it serves; every other command is a picocli class annotated
 * {@link OpenArCommand} somewhere under {@code org.openar}, found here, so modules add commands without editing this.
 */
@Command(name = "openar", mixinStandardHelpOptions = true, versionProvider = OpenAr.Version.class,
    description = "OpenAR: accounts receivable and collections. Run without a command to start the server.")
public final class OpenAr implements Runnable {

  /** Exit code a command returns when it left a server running, so the launcher must not exit. */
  public static final int KEEP_RUNNING = Integer.MIN_VALUE;

  public static void main(String[] args) {
    SpringCli.init(OpenArApplication.class);
    String[] effective = args.length == 0 || args[0].startsWith("--") && !isRootOption(args[0])
        ? prepend("serve", args) : args;
    // the server is by far the most frequent command: it needs only itself, not a scan of every class for the others
    CommandLine cli = "serve".equals(effective[0]) ? commandLine(List.of(ServeCommand.class)) : commandLine();
    int code = cli.execute(effective);
    if (code != KEEP_RUNNING) {
      System.exit(code);
    }
  }

  /** Every command: the classes annotated {@link OpenArCommand} under {@code org.openar}. */
  public static CommandLine commandLine() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(OpenArCommand.class));
    List<Class<?>> types = new ArrayList<>();
    for (BeanDefinition bd : scanner.findCandidateComponents("org.openar")) {
      try {
        types.add(Class.forName(bd.getBeanClassName()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return commandLine(types);
  }

  static CommandLine commandLine(List<Class<?>> types) {
    CommandLine root = new CommandLine(new OpenAr());
    Map<String, CommandLine> groups = new LinkedHashMap<>();
    for (Class<?> type : types) {
      OpenArCommand meta = type.getAnnotation(OpenArCommand.class);
      CommandLine parent = root;
      if (!meta.parent().isEmpty()) {
        parent = groups.computeIfAbsent(meta.parent(), name -> {
          CommandSpec spec = CommandSpec.create().name(name).mixinStandardHelpOptions(true);
          spec.usageMessage().description(meta.parentDescription().isEmpty() ? name + " commands" : meta.parentDescription());
          CommandLine group = new CommandLine(spec);
          root.addSubcommand(name, group);
          return group;
        });
      }
      parent.addSubcommand(new CommandLine(type));
    }
    root.setCaseInsensitiveEnumValuesAllowed(true);
    root.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      // users get the reason in one line; OPENAR_DEBUG=1 shows the stack
      Throwable root0 = ex;
      while (root0.getCause() != null && root0.getCause() != root0) {
        root0 = root0.getCause();
      }
      cmd.getErr().println("openar: " + (root0.getMessage() == null ? root0.getClass().getSimpleName() : root0.getMessage()));
      if (System.getenv("OPENAR_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    return root;
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  private static boolean isRootOption(String a) {
    return a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V");
  }

  private static String[] prepend(String first, String[] rest) {
    String[] out = new String[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = OpenAr.class.getPackage().getImplementationVersion();
      return new String[] {"OpenAR " + (v == null ? "development" : v)};
    }
  }
}
