package dev.clavis.client;

import dev.clavis.codec.CryptographicParameters;
import dev.clavis.codec.EncryptRequestPayload;
import dev.clavis.codec.EncryptResponsePayload;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.BlockCipherMode;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.PaddingMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code clavis bench}: a load generator for any KMIP server. {@code --conns N} worker threads
 * (virtual threads), each with its own {@link KmipClient} and so its own persistent TLS
 * connection, repeat one operation for {@code --warmup} seconds (not counted) and then {@code
 * --duration} seconds (measured), or until {@code --max-ops} operations were measured. A progress
 * line goes to standard error each second; the result — ops/s, p50/p90/p99/max latency, errors —
 * to standard output, as text or one JSON line.
 *
 * <p>Modes: {@code get} (Get of one AES-256 key made before the run), {@code create} (Create an
 * AES-256 key), {@code create-get} and {@code create-destroy} (the pair is one operation), {@code
 * locate} (Locate by Name of one key made before the run), {@code encrypt} (AES-CBC-PKCS5 Encrypt
 * of 64 bytes with an activated key; a server without Encrypt shows as errors), {@code
 * handshake} (a new connection per operation: TCP connect, a full mutually authenticated TLS
 * handshake, one Discover Versions, close) and {@code mixed} (per operation: 80 % Get, 10 %
 * Create, 10 % Locate).
 *
 * <p><b>Full handshakes.</b> The JDK client resumes a TLS session (TLS 1.2 session ID or ticket,
 * TLS 1.3 PSK) from its {@link SSLContext}'s client session cache. In {@code handshake} mode each
 * connection therefore gets a new {@code SSLContext} (initialised with the same key and trust
 * managers, so certificates are parsed once): its cache is empty, nothing can be resumed, and
 * every handshake is a full one with certificate exchange and verification on both sides. {@code
 * --resume} shares one context instead, so reconnects resume where the server allows it.
 */
@Command(name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Load-test a KMIP server: N persistent TLS connections, one operation repeated; prints ops/s,"
        + " p50/p90/p99/max latency and errors.",
        "Works against any KMIP server over TLS with a client certificate (Clavis, PyKMIP, …)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the run completed (failed operations are counted in `errors`)",
      "1:the set-up (creating the key the run uses) failed with a KMIP error, or no operation succeeded",
      "2:usage error or bad input",
      "3:connection or TLS failure during the set-up"
    })
final class BenchCommand implements Callable<Integer> {

  static final int MAX_CONNS = 4_096;
  static final int MAX_DURATION_SECONDS = 3_600;
  static final int MAX_WARMUP_SECONDS = 600;
  static final long DEFAULT_MAX_OPS = 50_000_000L;

  /** What one operation of a run is. */
  enum Mode {
    GET, CREATE, CREATE_GET, CREATE_DESTROY, LOCATE, ENCRYPT, HANDSHAKE, MIXED;

    String cliName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Mode parse(String s) {
      for (Mode m : values()) {
        if (m.cliName().equals(s.strip().toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
      List<String> names = new ArrayList<>();
      for (Mode m : values()) {
        names.add(m.cliName());
      }
      throw new BadInputException("--mode: " + s + " (expected: one of " + String.join(", ", names) + ")");
    }
  }

  @Mixin
  ClientOptions options;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "get",
      description = "get, create, create-get, create-destroy, locate, encrypt, handshake or mixed (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--conns", paramLabel = "N", defaultValue = "8",
      description = "Connections, one worker thread each (default: ${DEFAULT-VALUE}; 1-" + MAX_CONNS + ").")
  int conns;

  @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "10",
      description = "Measured seconds (default: ${DEFAULT-VALUE}; 1-" + MAX_DURATION_SECONDS + ").")
  int durationSeconds;

  @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "2",
      description = "Seconds of load before the measured window, not counted (default: ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(names = "--max-ops", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_OPS,
      description = "Stop after this many measured operations (default: ${DEFAULT-VALUE}).")
  long maxOps;

  @Option(names = "--resume", description = "handshake mode: let reconnects resume the TLS session (default: every handshake is full).")
  boolean resume;

  @Option(names = "--tls-provider", paramLabel = "jdk|openssl", defaultValue = "jdk",
      description = "handshake mode: the client's TLS implementation — jdk (SSLSocket), or openssl (BoringSSL through"
          + " netty-tcnative, whose handshakes cost the load generator a fraction of the JDK's CPU; docs/adr/0012)"
          + " (default: ${DEFAULT-VALUE}).")
  String tlsProvider;

  @Option(names = "--quiet", description = "No progress line on standard error.")
  boolean quiet;

  private final Terminal terminal;

  BenchCommand() {
    this(Terminal.system());
  }

  BenchCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Mode m;
    Tls tls;
    try {
      m = Mode.parse(mode);
      validate(m);
      tls = tls();
    } catch (BadInputException e) {
      return fail(KmipCommand.EXIT_BAD_INPUT, e.getMessage());
    }
    Fixture fixture;
    try {
      fixture = setUp(m, tls);
    } catch (KmipClientException e) {
      return fail(KmipCommand.EXIT_KMIP_ERROR, "set-up: " + e.getMessage());
    } catch (KmipException e) {
      return fail(KmipCommand.EXIT_KMIP_ERROR, "set-up: invalid response from the server: " + e.getMessage());
    } catch (KmipConnectionException e) {
      return fail(KmipCommand.EXIT_CONNECTION, "set-up: " + e.getMessage());
    }
    BenchResult r = run(m, tls, fixture);
    terminal.out().print(options.json ? r.json() + System.lineSeparator() : r.text());
    terminal.out().flush();
    if (r.errors() > 0 && firstError.get() != null) {
      terminal.err().println("clavis bench: " + r.errors() + " operations failed; first failure: " + firstError.get());
      terminal.err().flush();
    }
    return r.ops() > 0 ? KmipCommand.EXIT_OK : KmipCommand.EXIT_KMIP_ERROR;
  }

  void validate(Mode m) {
    if (conns < 1 || conns > MAX_CONNS) {
      throw new BadInputException("--conns: " + conns + " (expected: 1-" + MAX_CONNS + ")");
    }
    if (durationSeconds < 1 || durationSeconds > MAX_DURATION_SECONDS) {
      throw new BadInputException("--duration: " + durationSeconds + " (expected: 1-" + MAX_DURATION_SECONDS + " seconds)");
    }
    if (warmupSeconds < 0 || warmupSeconds > MAX_WARMUP_SECONDS) {
      throw new BadInputException("--warmup: " + warmupSeconds + " (expected: 0-" + MAX_WARMUP_SECONDS + " seconds)");
    }
    if (maxOps < 1) {
      throw new BadInputException("--max-ops: " + maxOps + " (expected: >= 1)");
    }
    if (options.timeoutSeconds < 1) {
      throw new BadInputException("--timeout: " + options.timeoutSeconds + " (expected: >= 1 second)");
    }
    if (!"jdk".equals(tlsProvider) && !"openssl".equals(tlsProvider)) {
      throw new BadInputException("--tls-provider: " + tlsProvider + " (expected: jdk or openssl)");
    }
    if ("openssl".equals(tlsProvider) && (resume || m != Mode.HANDSHAKE)) {
      throw new BadInputException("--tls-provider openssl: for --mode handshake without --resume (expected: jdk otherwise)");
    }
  }

  private int fail(int code, String message) {
    String line = message == null ? "failed" : message.replaceAll("\\s*\\R\\s*", " ");
    terminal.err().println("clavis bench: " + line);
    terminal.err().flush();
    return code;
  }

  // ---------------------------------------------------------------- TLS material, read once

  /** Key and trust managers read once from the PEM files; {@link #context()} makes a context from them. */
  record Tls(KeyManager[] keyManagers, TrustManager[] trustManagers) {
    SSLContext context() {
      try {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(keyManagers, trustManagers, null);
        return ctx;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("TLS context: " + KmipClient.describe(e), e);
      }
    }
  }

  private Tls tls() {
    Path pki = options.dataDir.resolve("pki");
    Path certFile = options.cert != null ? options.cert : pki.resolve("client.pem");
    Path keyFile = options.key != null ? options.key : pki.resolve("client.key");
    Path caFile = options.ca != null ? options.ca : Files.isRegularFile(pki.resolve("ca.pem")) ? pki.resolve("ca.pem") : null;
    for (Path p : new Path[] {certFile, keyFile}) {
      if (!Files.isRegularFile(p)) {
        throw new BadInputException("client " + (p == certFile ? "certificate" : "key") + ": " + p
            + " not found (expected: --cert PEM and --key PEM, or --data-dir DIR of a `clavis serve` with its development PKI)");
      }
    }
    try {
      List<X509Certificate> chain = Pem.certificates(certFile);
      PrivateKey key = Pem.privateKey(keyFile);
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry("client", key, new char[0], chain.toArray(X509Certificate[]::new));
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, new char[0]);
      TrustManager[] trust = Pem.trustManagers(caFile);
      return new Tls(kmf.getKeyManagers(), trust);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new BadInputException("TLS context: " + KmipClient.describe(e));
    }
  }

  private KmipClient client(SSLContext context) {
    Duration timeout = Duration.ofSeconds(options.timeoutSeconds);
    return KmipClient.builder().host(options.host).port(options.port).sslContext(context)
        .kmipVersion(options.version).connectTimeout(timeout).readTimeout(timeout).build();
  }

  // ---------------------------------------------------------------- set-up

  /** What the run's operations refer to: a key (Get, Encrypt) and a name (Locate), made before the run. */
  record Fixture(String keyId, String name, EncryptRequestPayload encrypt) {}

  private Fixture setUp(Mode m, Tls tls) {
    if (!quiet) {
      terminal.err().println("clavis bench: " + options.host + ":" + options.port + ", KMIP " + options.version
          + ", " + negotiated(tls.context()));
      terminal.err().flush();
    }
    if (m == Mode.CREATE || m == Mode.CREATE_GET || m == Mode.CREATE_DESTROY || m == Mode.HANDSHAKE) {
      try (KmipClient c = client(tls.context())) {
        c.connect();
      }
      return new Fixture(null, null, null);
    }
    String name = "clavis-bench-" + HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(8)
        .putLong(ThreadLocalRandom.current().nextLong()).array());
    try (KmipClient c = client(tls.context())) {
      String id = c.create(CreateRequest.aes(256).name(name)
          .usage(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT));
      EncryptRequestPayload encrypt = null;
      if (m == Mode.ENCRYPT) {
        c.activate(id);
        encrypt = new EncryptRequestPayload(id,
            CryptographicParameters.of(BlockCipherMode.CBC, PaddingMethod.PKCS5, CryptographicAlgorithm.AES)
                .toTtlv(options.version),
            new byte[64], null, null, null, null, null);
      }
      return new Fixture(id, name, encrypt);
    }
  }

  /** The TLS version and cipher suite the server picks for this client, e.g. {@code TLSv1.3 TLS_AES_256_GCM_SHA384}. */
  private String negotiated(SSLContext context) {
    try (java.net.Socket raw = new java.net.Socket()) {
      raw.connect(new java.net.InetSocketAddress(options.host, options.port), options.timeoutSeconds * 1000);
      raw.setSoTimeout(options.timeoutSeconds * 1000);
      try (javax.net.ssl.SSLSocket ssl = (javax.net.ssl.SSLSocket) context.getSocketFactory()
          .createSocket(raw, options.host, options.port, false)) {
        javax.net.ssl.SSLParameters p = ssl.getSSLParameters();
        p.setProtocols(KmipClient.TLS_PROTOCOLS.toArray(String[]::new));
        ssl.setSSLParameters(p);
        ssl.startHandshake();
        return ssl.getSession().getProtocol() + " " + ssl.getSession().getCipherSuite();
      }
    } catch (java.io.IOException e) {
      throw new KmipConnectionException(options.host + ":" + options.port + ": cannot connect: " + KmipClient.describe(e), e, false);
    }
  }

  // ---------------------------------------------------------------- the run

  private final AtomicReference<String> firstError = new AtomicReference<>();
  private final Set<KmipClient> open = ConcurrentHashMap.newKeySet();

  private BenchResult run(Mode m, Tls tls, Fixture fixture) {
    OpenSslHandshakes openssl = null;
    if ("openssl".equals(tlsProvider)) {
      if (!OpenSslHandshakes.available()) {
        firstError.compareAndSet(null, "--tls-provider openssl: BoringSSL (netty-tcnative) does not load on this platform");
      } else {
        // one event loop per core: the TLS work of every connection runs there, the workers only wait
        openssl = new OpenSslHandshakes(tls.keyManagers(), tls.trustManagers(), options.host, options.port,
            options.version, Duration.ofSeconds(options.timeoutSeconds), Math.max(1, Runtime.getRuntime().availableProcessors()));
      }
    }
    try {
      return run(m, tls, fixture, openssl);
    } finally {
      if (openssl != null) {
        openssl.close();
      }
    }
  }

  private BenchResult run(Mode m, Tls tls, Fixture fixture, OpenSslHandshakes openssl) {
    SSLContext shared = tls.context();
    Run run = new Run(maxOps);
    List<Worker> workers = new ArrayList<>(conns);
    List<Thread> threads = new ArrayList<>(conns);
    for (int i = 0; i < conns; i++) {
      Worker w = new Worker(m, tls, shared, fixture, run, openssl);
      workers.add(w);
      // Platform threads: each worker blocks on its own socket, and a platform thread blocked in
      // read() is woken by the kernel directly; virtual threads would add a poller round trip and
      // a carrier hand-off per response (measured: ~20 % of the client's CPU at 32 connections).
      threads.add(Thread.ofPlatform().daemon().stackSize(256 * 1024).name("bench-" + i).start(w));
    }
    String label = "clavis bench " + m.cliName() + " (" + conns + " conns)";
    sleepSeconds(warmupSeconds, s -> progress(label + ": warm-up " + s + "/" + warmupSeconds + " s"));
    long start = System.nanoTime();
    run.measureFrom = start;
    run.measuring = true;
    long end = start + TimeUnit.SECONDS.toNanos(durationSeconds);
    long previous = run.completed.sum();
    while (!run.stop && System.nanoTime() < end) {
      sleepNanos(Math.min(TimeUnit.SECONDS.toNanos(1), end - System.nanoTime()));
      long now = run.completed.sum();
      long elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      progress(String.format(Locale.ROOT, "%s: %d/%d s, %,d ops/s, %,d errors", label, elapsed, durationSeconds,
          now - previous, run.errors.sum()));
      previous = now;
    }
    run.stop = true;
    long stopped = System.nanoTime();
    // Workers finish the operation in flight; one that hangs longer than the read time-out is cut off.
    long joinDeadline = stopped + TimeUnit.SECONDS.toNanos(options.timeoutSeconds + 5L);
    for (Thread t : threads) {
      try {
        long left = joinDeadline - System.nanoTime();
        if (left <= 0 || !t.join(Duration.ofNanos(left))) {
          open.forEach(KmipClient::close);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        open.forEach(KmipClient::close);
      }
    }
    open.forEach(KmipClient::close);
    Histogram all = BenchResult.histogram();
    long errors = 0;
    for (Worker w : workers) {
      synchronized (w) {
        all.add(w.latencies);
        errors += w.measuredErrors;
      }
    }
    // The window ends at the last measured completion (the --max-ops stop), else when the run was stopped.
    long last = run.lastMeasured.get();
    double seconds = ((last != 0 ? last : stopped) - start) / 1e9;
    return BenchResult.of(m.cliName(), conns, errors, seconds, all);
  }

  private void progress(String line) {
    if (!quiet) {
      terminal.err().println(line);
      terminal.err().flush();
    }
  }

  private static void sleepSeconds(int seconds, java.util.function.IntConsumer each) {
    for (int s = 1; s <= seconds; s++) {
      sleepNanos(TimeUnit.SECONDS.toNanos(1));
      each.accept(s);
    }
  }

  private static void sleepNanos(long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** State shared by the workers of one run. */
  static final class Run {
    final long maxOps;
    final AtomicLong measured = new AtomicLong();
    final AtomicLong lastMeasured = new AtomicLong();
    final LongAdder completed = new LongAdder();
    final LongAdder errors = new LongAdder();
    volatile boolean measuring;
    volatile long measureFrom;
    volatile boolean stop;

    Run(long maxOps) {
      this.maxOps = maxOps;
    }
  }

  /** One connection's loop. */
  private final class Worker implements Runnable {
    private final Mode mode;
    /** {@code --tls-provider openssl}: the handshake mode's connections, else null. */
    private final OpenSslHandshakes openssl;
    private final Tls tls;
    private final SSLContext shared;
    private final Fixture fixture;
    private final Run run;
    final Histogram latencies = BenchResult.histogram();
    long measuredErrors;
    private KmipClient client;

    Worker(Mode mode, Tls tls, SSLContext shared, Fixture fixture, Run run, OpenSslHandshakes openssl) {
      this.openssl = openssl;
      this.mode = mode;
      this.tls = tls;
      this.shared = shared;
      this.fixture = fixture;
      this.run = run;
    }

    @Override
    public void run() {
      try {
        if (mode != Mode.HANDSHAKE) {
          client = client(shared);
          open.add(client);
        }
        while (!run.stop) {
          long t0 = System.nanoTime();
          boolean ok;
          try {
            once();
            ok = true;
          } catch (RuntimeException e) {
            ok = false;
            firstError.compareAndSet(null, KmipClient.describe(e));
          }
          long t1 = System.nanoTime();
          if (run.stop) {
            break;
          }
          if (ok) {
            run.completed.increment();
          } else {
            run.errors.increment();
          }
          if (run.measuring && t0 - run.measureFrom >= 0) {
            synchronized (this) {
              if (ok) {
                BenchResult.record(latencies, t1 - t0);
              } else {
                measuredErrors++;
              }
            }
            run.lastMeasured.accumulateAndGet(t1, Math::max);
            if (run.measured.incrementAndGet() >= run.maxOps) {
              run.stop = true;
            }
          }
          if (!ok) {
            // A failing server (refused connections, unsupported operation) is not hammered in a tight loop.
            Thread.sleep(1);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        if (client != null) {
          client.close();
          open.remove(client);
        }
      }
    }

    private void once() {
      switch (mode) {
        case GET -> client.get(fixture.keyId());
        case CREATE -> client.create(newKey());
        case CREATE_GET -> client.get(client.create(newKey()));
        case CREATE_DESTROY -> client.destroy(client.create(newKey()));
        case LOCATE -> client.locate(LocateRequest.all().name(fixture.name()));
        case ENCRYPT -> {
          KmipClient.Batch b = client.batch();
          b.add(fixture.encrypt());
          b.send().payload(0, EncryptResponsePayload.class);
        }
        case HANDSHAKE -> {
          if ("openssl".equals(tlsProvider)) {
            if (openssl == null) {
              throw new IllegalStateException("--tls-provider openssl: BoringSSL is not available");
            }
            openssl.once();
            return;
          }
          try (KmipClient c = client(resume ? shared : tls.context())) {
            open.add(c);
            try {
              c.discoverVersions();
            } finally {
              open.remove(c);
            }
          }
        }
        case MIXED -> {
          int dice = ThreadLocalRandom.current().nextInt(10);
          if (dice == 0) {
            client.create(newKey());
          } else if (dice == 1) {
            client.locate(LocateRequest.all().name(fixture.name()));
          } else {
            client.get(fixture.keyId());
          }
        }
        default -> throw new IllegalStateException("mode: " + mode);
      }
    }

    private CreateRequest newKey() {
      return CreateRequest.aes(256).usage(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT);
    }
  }
}
