package org.openar.shared.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that touches the database shares; mix it in with {@code @Mixin}. */
public class DataOptions {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Where OpenAR keeps its embedded PostgreSQL and files (default: ./data). Ignored when OPENAR_DB_URL is set.")
  String dataDir;

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "Use this PostgreSQL server instead of the embedded one (or set OPENAR_DB_URL, OPENAR_DB_USER, OPENAR_DB_PASSWORD).")
  String dbUrl;

  /** The {@code --data-dir} given, or null. */
  public String dataDir() {
    return dataDir;
  }

  /** The {@code --db-url} given, or null. */
  public String dbUrl() {
    return dbUrl;
  }

  /** Whether the command line names a database (a data directory or a server URL) instead of taking the default. */
  public boolean namesDatabase() {
    return dataDir != null || dbUrl != null;
  }

  public List<String> springArgs() {
    List<String> args = new ArrayList<>();
    if (dataDir != null) {
      args.add("--openar.data-dir=" + dataDir);
    }
    if (dbUrl != null) {
      args.add("--openar.db.url=" + dbUrl);
    }
    return args;
  }
}
