package org.openar.collections.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU seconds used by this JVM and by the embedded PostgreSQL server (its postmaster and backends, found through
 * /proc by the data directory on the postmaster's command line). On a machine shared with other work, wall-clock time
 * says little; CPU time says what the work costs.
 */
final class CpuMeter {

  private static final long TICKS = 100; // USER_HZ on Linux

  private final Long postmaster;

  CpuMeter(String pgDataDir) {
    this.postmaster = pgDataDir == null ? null : find(pgDataDir).stream().boxed().findFirst().orElse(null);
  }

  /** {JVM CPU seconds, PostgreSQL CPU seconds (negative when unknown)} so far. */
  double[] now() {
    double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
    return new double[] {jvm, postmaster == null ? -1 : pgSeconds()};
  }

  static String since(double[] before, double[] after) {
    String pg = before[1] < 0 ? "n/a" : String.format("%.1f", after[1] - before[1]);
    return String.format("CPU: JVM %.1f s, PostgreSQL %s s", after[0] - before[0], pg);
  }

  private double pgSeconds() {
    long ticks = 0;
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
        String[] f = stat(p);
        if (f == null) {
          continue;
        }
        long pid = Long.parseLong(p.getFileName().toString());
        if (pid == postmaster) {
          ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]) + Long.parseLong(f[15]) + Long.parseLong(f[16]);
        } else if (Long.parseLong(f[3]) == postmaster) {
          ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return ticks / (double) TICKS;
  }

  /** The fields of /proc/pid/stat after the command name (which may contain spaces), 0-based from pid. */
  private static String[] stat(Path proc) {
    try {
      String s = Files.readString(proc.resolve("stat"));
      String rest = s.substring(s.lastIndexOf(')') + 2);
      String[] tail = rest.split(" ");
      String[] all = new String[tail.length + 2];
      System.arraycopy(tail, 0, all, 2, tail.length);
      return all;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static OptionalLong find(String dataDir) {
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
          if (cmd.contains("postgres") && cmd.contains(dataDir)) {
            String[] f = stat(p);
            if (f != null && !isPostgres(Long.parseLong(f[3]))) {
              return OptionalLong.of(Long.parseLong(p.getFileName().toString()));
            }
          }
        } catch (IOException | RuntimeException ignored) {
          // the process ended meanwhile
        }
      }
    } catch (IOException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  private static boolean isPostgres(long pid) {
    try {
      return Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).contains("postgres");
    } catch (IOException e) {
      return false;
    }
  }
}
