package org.openar.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;

/** The real packaged jar, started as `openar serve` on a free port with its own data directory, like a user runs it. */
final class OpenArProcess implements AutoCloseable {

  static final String ADMIN_PASSWORD = "E2e-Admin-Passw0rd!";

  private final Process process;
  private final Path dataDir;
  private final Path log;
  final int port;

  private OpenArProcess(Process process, Path dataDir, Path log, int port) {
    this.process = process;
    this.dataDir = dataDir;
    this.log = log;
    this.port = port;
  }

  /**
   * The packaged jar with the web app, or the calling test class skipped, with a line on the console saying why (an
   * aborted {@code @BeforeAll} is otherwise reported silently): no web build, no chromium, no jar.
   */
  static Path jarOrSkip(String suite) throws IOException {
    Path jar = Path.of(System.getProperty("openar.e2e.jar", "target/openar-exec.jar"));
    String skip = Boolean.getBoolean("openar.e2e.webSkipped") ? "the web app was not built (-Dopenar.web.skip=true)"
        : !Browser.available() ? "/usr/bin/chromium and /usr/bin/chromedriver are not installed "
            + "(apt-get install -y --no-install-recommends chromium chromium-driver)"
        : !Files.isRegularFile(jar) ? jar + " is not built" : null;
    if (skip == null) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        skip = zip.getEntry("BOOT-INF/classes/static/index.html") == null ? jar + " was built without the web app"
            : null;
      }
    }
    if (skip != null) {
      System.out.println("e2e: " + suite + " tests SKIPPED: " + skip);
    }
    Assumptions.assumeTrue(skip == null, "end-to-end tests skipped: " + skip);
    return jar;
  }

  /** Where logs and screenshots go ({@code target} unless {@code openar.e2e.out} says otherwise). */
  static Path out() {
    return Path.of(System.getProperty("openar.e2e.out", "target"));
  }

  /** Closes the browser, then the server, whichever of them was started. */
  static void stop(Browser browser, OpenArProcess server) throws Exception {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  static OpenArProcess start(Path jar, Path logDir) throws IOException, InterruptedException {
    return start(jar, logDir, java.util.Map.of());
  }

  /** With extra environment variables (Spring settings such as {@code OPENAR_COLLECTIONS_DAILYRUNAT}). */
  static OpenArProcess start(Path jar, Path logDir, java.util.Map<String, String> env)
      throws IOException, InterruptedException {
    return start(jar, logDir, env, false);
  }

  /** {@code serve --demo}: the demo company is seeded on this first start (see {@link #awaitLog}). */
  static OpenArProcess startDemo(Path jar, Path logDir) throws IOException, InterruptedException {
    return start(jar, logDir, java.util.Map.of(), true);
  }

  private static OpenArProcess start(Path jar, Path logDir, java.util.Map<String, String> env, boolean demo)
      throws IOException, InterruptedException {
    int port = freePort();
    Path dataDir = Files.createTempDirectory("openar-e2e-");
    Files.createDirectories(logDir);
    Path log = logDir.resolve(demo ? "e2e-server-demo.log" : "e2e-server.log");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:+UseSerialGC", "-jar", jar.toString(),
        "serve", "--port", String.valueOf(port), "--data-dir", dataDir.toString()));
    if (demo) {
      cmd.add("--demo");
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("OPENAR_ADMIN_PASSWORD", ADMIN_PASSWORD);
    pb.environment().putAll(env);
    OpenArProcess server = new OpenArProcess(pb.start(), dataDir, log, port);
    server.awaitHealthy(Duration.ofSeconds(180));
    return server;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("openar exited with " + process.exitValue() + ":\n" + tail());
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("openar did not become healthy within " + timeout + ":\n" + tail());
  }

  /** Waits until the server's console output has a line matching {@code pattern}, and returns that line. */
  String awaitLog(java.util.regex.Pattern pattern, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : Files.readAllLines(log)) {
        if (pattern.matcher(line).find()) {
          return line;
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("openar exited with " + process.exitValue() + ":\n" + tail());
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("no line matching " + pattern + " within " + timeout + ":\n" + tail());
  }

  List<String> logLines() throws IOException {
    return Files.readAllLines(log);
  }

  String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    process.destroy(); // SIGTERM: graceful shutdown stops the embedded PostgreSQL too
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
