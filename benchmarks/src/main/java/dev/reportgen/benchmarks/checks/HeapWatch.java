package dev.reportgen.benchmarks.checks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use while a check runs, from GC notifications: after every collection, the heap in use (live
 * data plus what the collector left), tagged with the rows read so far. Plus the peak of each heap
 * pool (MemoryPoolMXBean), summed.
 */
final class HeapWatch implements NotificationListener {
  /** One collection: rows read when it ran, heap used after it. */
  record Sample(long rows, long usedAfter) {}

  private final Set<String> heapPools = new HashSet<>();
  private final List<Sample> samples = new ArrayList<>();
  final AtomicLong rows = new AtomicLong();

  HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(this, null, null);
    }
  }

  /** Forgets earlier samples and pool peaks. */
  synchronized void reset() {
    samples.clear();
    rows.set(0);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  @Override
  public void handleNotification(javax.management.Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    synchronized (this) {
      samples.add(new Sample(rows.get(), used));
    }
  }

  synchronized List<Sample> samples() {
    return new ArrayList<>(samples);
  }

  /** Sum of each heap pool's peak since {@link #reset()} (an upper bound of the true peak). */
  long peakPoolsSum() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
