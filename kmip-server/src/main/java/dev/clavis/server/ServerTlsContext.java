package dev.clavis.server;

import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's current TLS context, re-read when its files change: the server certificate chain,
 * its key, the client CA bundle and the CRL file ({@link ServerConfig.TlsSettings}). Every
 * {@code reload-interval} the files' contents are fingerprinted (SHA-256); on a change a new
 * {@link SslContext} is built and used for the connections accepted from then on, while
 * established connections keep the one they started with. A replacement that does not load (a
 * half-written file, a key that does not match the certificate, a bad CRL) is logged at ERROR and
 * the previous context stays in use; it is retried when the files change again.
 *
 * <p>Replace the files by renaming complete files into place, the key before the certificate: a
 * poll that sees a new certificate with the old key fails, and the next poll picks up the pair.
 */
public final class ServerTlsContext implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ServerTlsContext.class);

  private final ServerConfig.TlsSettings settings;
  private final ScheduledExecutorService poller;
  private volatile SslContext current;
  private byte[] loadedFingerprint;
  private byte[] failedFingerprint;

  private ServerTlsContext(ServerConfig.TlsSettings settings) {
    this.settings = settings;
    this.loadedFingerprint = fingerprint();
    this.current = ServerTls.serverContext(settings);
    if (settings.reloadInterval().isZero()) {
      this.poller = null;
    } else {
      this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tls-reload");
        t.setDaemon(true);
        return t;
      });
      long every = settings.reloadInterval().toMillis();
      poller.scheduleWithFixedDelay(this::reloadIfChanged, every, every, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Builds the context from the files and starts watching them.
   *
   * @throws IllegalStateException when the files do not make a context (the server does not start)
   */
  public static ServerTlsContext open(ServerConfig.TlsSettings settings) {
    return new ServerTlsContext(settings);
  }

  /** The context for a new connection. */
  public SslContext current() {
    return current;
  }

  /**
   * Re-reads the files when their content changed since the last load (or failed load).
   *
   * @return true when a new context is now in use
   */
  public synchronized boolean reloadIfChanged() {
    byte[] now;
    try {
      now = fingerprint();
    } catch (IllegalStateException e) {
      log.error("tls reload: {}; keeping the current certificates", e.getMessage());
      return false;
    }
    if (Arrays.equals(now, loadedFingerprint) || Arrays.equals(now, failedFingerprint)) {
      return false;
    }
    try {
      current = ServerTls.serverContext(settings);
      loadedFingerprint = now;
      failedFingerprint = null;
      log.info("tls reload: new server certificate, client CA or CRL in use for new connections ({}, {}{})",
          settings.serverCert(), settings.clientCa(), settings.crlFile() == null ? "" : ", " + settings.crlFile());
      return true;
    } catch (RuntimeException e) {
      failedFingerprint = now;
      log.error("tls reload: the changed files do not load, keeping the current certificates: {}", e.getMessage());
      return false;
    }
  }

  private byte[] fingerprint() {
    List<Path> files = new ArrayList<>(List.of(settings.serverCert(), settings.serverKey(), settings.clientCa()));
    if (settings.crlFile() != null) {
      files.add(settings.crlFile());
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        byte[] content = Files.readAllBytes(f);
        sha.update(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update(new byte[] {0});
        sha.update(MessageDigest.getInstance("SHA-256").digest(content));
      }
      return sha.digest();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /** Stops watching the files. */
  @Override
  public void close() {
    if (poller != null) {
      poller.shutdownNow();
    }
  }
}
