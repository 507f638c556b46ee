package org.openar.cashapp.offline;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the phases of a run three ways: wall clock, CPU time of the whole process (all threads, including the garbage
 * collector and the JIT compiler) and garbage-collection time. On a shared machine the wall clock depends on what
 * else runs; the CPU time says what the work itself cost, so benchmark figures report both.
 */
public final class PhaseClock {

  /** One finished phase. */
  public record Phase(String name, long wallNanos, long cpuNanos, long gcMillis) {

    public long wallMillis() {
      return wallNanos / 1_000_000;
    }

    public long cpuMillis() {
      return cpuNanos / 1_000_000;
    }

    public Phase renamed(String newName) {
      return new Phase(newName, wallNanos, cpuNanos, gcMillis);
    }

    public Phase plus(Phase o, String newName) {
      return new Phase(newName, wallNanos + o.wallNanos, cpuNanos + o.cpuNanos, gcMillis + o.gcMillis);
    }
  }

  private final List<Phase> phases = new ArrayList<>();
  private long wall = System.nanoTime();
  private long cpu = processCpuNanos();
  private long gc = gcMillis();

  /** Ends the current phase under {@code name} and starts the next one. */
  public Phase lap(String name) {
    long w = System.nanoTime();
    long c = processCpuNanos();
    long g = gcMillis();
    Phase p = new Phase(name, w - wall, c - cpu, g - gc);
    phases.add(p);
    wall = w;
    cpu = c;
    gc = g;
    return p;
  }

  public List<Phase> phases() {
    return List.copyOf(phases);
  }

  /** Process CPU time in nanoseconds, or -1 where the JVM does not report it. */
  public static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, b.getCollectionTime());
    }
    return sum;
  }

  /** The one-minute load average of the machine (-1 when unknown): reported with every wall-clock figure. */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
