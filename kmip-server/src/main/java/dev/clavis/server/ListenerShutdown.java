package dev.clavis.server;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * The graceful stop shared by the TTLV socket ({@link KmipServer}) and KMIP over HTTPS
 * ({@link KmipHttpsServer}): stop accepting, ask every connection to drain, wait up to the grace
 * period for the requests in flight, then close the connections and the event loops.
 */
final class ListenerShutdown {

  private ListenerShutdown() {}

  /**
   * @param what the listener's name in the log lines ("KMIP", "KMIP over HTTPS")
   * @param serverChannel the bound channel, or {@code null} when binding failed
   * @param tls the TLS context, or {@code null} when it was never opened
   */
  static void drainAndClose(String what, Logger log, Channel serverChannel, ServerTlsContext tls,
      ChannelGroup channels, InFlightRequests inFlight, ExecutorService executor,
      EventLoopGroup boss, EventLoopGroup workers, Duration grace) {
    if (serverChannel != null) {
      serverChannel.close().syncUninterruptibly();
    }
    if (tls != null) {
      tls.close();
    }
    for (Channel ch : channels) {
      ch.eventLoop().execute(() -> ch.pipeline().fireUserEventTriggered(KmipRequestHandler.DRAIN));
    }
    boolean drained;
    try {
      drained = inFlight.awaitNone(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      drained = false;
    }
    if (!drained) {
      log.warn("{} shutdown grace of {} over: closing with {} request(s) unanswered", what, grace, inFlight.count());
    }
    channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    executor.shutdownNow();
    boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    log.info("{} stopped", what);
  }
}
