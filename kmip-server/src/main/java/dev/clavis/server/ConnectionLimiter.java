package dev.clavis.server;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * The connection caps (DESIGN §6): at most {@code maxTotal} open connections, at most
 * {@code maxPerAddress} from one IP address. Over a cap a new connection is closed at once,
 * before any TLS work is done for it.
 */
final class ConnectionLimiter {
  private final int maxTotal;
  private final int maxPerAddress;
  private final Map<InetAddress, Integer> perAddress = new HashMap<>();
  private int total;

  ConnectionLimiter(int maxTotal, int maxPerAddress) {
    this.maxTotal = maxTotal;
    this.maxPerAddress = maxPerAddress;
  }

  /** Admits one connection from {@code address}, or returns false when a cap is reached. */
  synchronized boolean tryAcquire(InetAddress address) {
    if (total >= maxTotal) {
      return false;
    }
    int n = perAddress.getOrDefault(address, 0);
    if (n >= maxPerAddress) {
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

  synchronized int total() {
    return total;
  }
}
