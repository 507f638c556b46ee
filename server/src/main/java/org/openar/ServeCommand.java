package org.openar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openar.shared.cli.DataOptions;
import org.openar.shared.cli.OpenArCommand;
import org.openar.shared.db.EarlyDatabaseStart;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@OpenArCommand
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start the OpenAR server (web app at http://localhost:8080, REST API under /api/v1).")
public class ServeCommand implements Callable<Integer> {

  @Option(names = "--demo", description = "Seed a realistic demo company on first start (200+ customers, 5,000+ invoices).")
  boolean demo;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080).")
  Integer port;

  @Mixin
  DataOptions data;

  @Unmatched
  List<String> springArgs = new ArrayList<>();

  @Override
  public Integer call() {
    List<String> args = new ArrayList<>(data.springArgs());
    if (demo) {
      args.add("--openar.demo.enabled=true");
    }
    if (port != null) {
      args.add("--server.port=" + port);
    }
    args.addAll(springArgs);
    if (plainEmbeddedDatabase()) {
      EarlyDatabaseStart.begin(Path.of(data.dataDir() == null ? "data" : data.dataDir()));
    }
    SpringApplication.run(OpenArApplication.class, args.toArray(String[]::new));
    return OpenAr.KEEP_RUNNING;
  }

  /**
   * Whether the context will surely start the embedded database of the data directory given here (or the default):
   * no server URL and no other database settings on the command line or in the environment. Only then is it started
   * early; the context checks the match again anyway ({@link EarlyDatabaseStart}).
   */
  private boolean plainEmbeddedDatabase() {
    if (data.dbUrl() != null || springArgs.stream().anyMatch(a -> a.startsWith("--openar.db")
        || a.startsWith("--openar.data") || a.startsWith("--spring."))) {
      return false;
    }
    return System.getenv().keySet().stream().noneMatch(k -> k.startsWith("OPENAR_DB") || k.startsWith("OPENAR_DATA")
        || k.startsWith("SPRING_"));
  }
}
