package dev.clavis.server;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection caps (DESIGN §6): at most {@code maxTotal} open connections, at most
 * {@code maxPerAddress} from one IP address. Over a cap a new connection is closed at once,
 * before any TLS work is done for it.
 */
final class ConnectionLimiter {
  private static final Logger log = LoggerFactory.getLogger(ConnectionLimiter.class);
  private final int maxTotal;
  private final int maxPerAddress;
  private final Map<InetAddress, Integer> perAddress = new HashMap<>();
  private int total;
  private long refusedSinceLog;
  private long lastLog;

  ConnectionLimiter(int maxTotal, int maxPerAddress) {
    this.maxTotal = maxTotal;
    this.maxPerAddress = maxPerAddress;
  }

  /** Admits one connection from {@code address}, or returns false when a cap is reached. */
  synchronized boolean tryAcquire(InetAddress address) {
    if (total >= maxTotal) {
      refused();
      return false;
    }
    int n = perAddress.getOrDefault(address, 0);
    if (n >= maxPerAddress) {
      refused();
      return false;
    }
    perAddress.put(address, n + 1);
    total++;
    return true;
  }

  /** Releases a connection admitted by {@link #tryAcquire}. */
  synchronized void release(InetAddress address) {
    total--;
    perAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
  }

  /** Logs refusals at most once a second, with a count, so a connection flood cannot flood the log. */
  private void refused() {
    refusedSinceLog++;
    long now = System.nanoTime();
    if (now - lastLog >= 1_000_000_000L || lastLog == 0) {
      log.warn("refused {} connection(s): connection limit reached (max-connections {}, max-connections-per-address {}, open {})",
          refusedSinceLog, maxTotal, maxPerAddress, total);
      refusedSinceLog = 0;
      lastLog = now;
    }
  }

  synchronized int total() {
    return total;
  }
}
