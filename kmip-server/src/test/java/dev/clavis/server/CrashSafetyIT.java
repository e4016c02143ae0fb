package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.RevocationReason;
import dev.clavis.codec.RevokeRequestPayload;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (DESIGN §7, issue 7): the real {@code clavis serve} runs in a child JVM over one
 * data directory; a client drives mixed Create / Revoke / Destroy load and records every change the
 * server acknowledged; the child is killed with SIGKILL ({@link Process#destroyForcibly()}) in the
 * middle of the load, restarted on the same data directory, and every acknowledged change must be
 * there: each acknowledged Create exists with readable 256-bit key material, each acknowledged
 * Revoke left it Compromised, each acknowledged Destroy left it Destroyed without material. A
 * change in flight at the kill (sent, not answered) may be either before or after.
 *
 * <p>{@code -Dclavis.crash.cycles=N} sets the number of kill/restart cycles (default 3; the
 * documented long form is 20).
 */
class CrashSafetyIT {

  static final int CYCLES = Integer.getInteger("clavis.crash.cycles", 3);
  static final Pattern LISTENING = Pattern.compile("listening on [^ ]+:(\\d+)");
  static final KmipVersion V = KmipVersion.V1_4;

  @TempDir Path dataDir;

  /** What the server acknowledged for each object: its last acknowledged state. */
  final Map<String, State> acknowledged = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
  /** The object and the state it would have if the change in flight at the kill was applied. */
  volatile String inFlightUid;
  volatile State inFlightState;
  /** Changes acknowledged in the current cycle (the kill waits for some). */
  final java.util.concurrent.atomic.AtomicInteger acksThisCycle = new java.util.concurrent.atomic.AtomicInteger();
  volatile boolean killed;
  volatile Throwable loadFailureBeforeKill;

  @Test
  void noAcknowledgedChangeIsLostAcrossSigkill() throws Exception {
    Random random = new Random(20261128L);
    int checked = 0;
    for (int cycle = 1; cycle <= CYCLES; cycle++) {
      Process server = start();
      try {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port(server));
        checked += verify(address);
        acksThisCycle.set(0);
        killed = false;
        Thread load = new Thread(() -> load(address, random.nextLong()), "crash-load");
        load.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int wanted = 20 + random.nextInt(40);
        while (acksThisCycle.get() < wanted && load.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        Thread.sleep(random.nextInt(50)); // land anywhere inside a request
        killed = true;
        server.destroyForcibly(); // SIGKILL on POSIX
        server.waitFor(30, TimeUnit.SECONDS);
        load.join(30_000);
        assertThat(load.isAlive()).as("load client stopped after the kill").isFalse();
        assertThat(loadFailureBeforeKill).as("load failed before the kill").isNull();
        assertThat(acksThisCycle.get()).as("changes acknowledged in cycle %d", cycle).isGreaterThan(0);
      } finally {
        server.destroyForcibly();
      }
    }
    Process last = start();
    try {
      checked += verify(new InetSocketAddress("127.0.0.1", port(last)));
    } finally {
      last.destroyForcibly();
      last.waitFor(30, TimeUnit.SECONDS);
    }
    System.out.printf("crash safety: %d SIGKILL cycles, %d objects acknowledged, %d checks%n",
        CYCLES, acknowledged.size(), checked);
    assertThat(acknowledged).as("the load acknowledged some objects").isNotEmpty();
  }

  private Process start() throws IOException {
    TestPki pki = ServerFixture.PKI;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        ClavisCommand.class.getName(), "serve", "--port", "0", "--data-dir", dataDir.toString(),
        "--server-cert", pki.trusted.serverCert().toString(), "--server-key", pki.trusted.serverKey().toString(),
        "--client-ca", pki.trusted.caCert().toString());
    pb.directory(dataDir.toFile());
    pb.redirectErrorStream(true);
    return pb.start();
  }

  /** Reads the child's output until it says where it listens (at most 120 lines / 90 s). */
  private static int port(Process server) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    List<String> seen = new ArrayList<>();
    String line;
    while (System.nanoTime() < deadline && seen.size() < 400 && (line = out.readLine()) != null) {
      seen.add(line);
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> {
          try {
            while (out.readLine() != null) {
              // discard the rest of the output so the child never blocks on a full pipe
            }
          } catch (IOException e) {
            // the child is gone
          }
        }, "crash-drain");
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError("server did not report its port; output: " + seen);
  }

  private static ServerFixture.Connection connect(InetSocketAddress address) throws Exception {
    TestPki pki = ServerFixture.PKI;
    SSLContext ctx = TestClient.context(pki.trusted.clientCert(), pki.trusted.clientKey(), pki.trusted.caCert());
    return new ServerFixture.Connection(TestClient.connect(ctx, address), V);
  }

  /** Mixed load until the connection dies (the kill) or 2,000 operations; records acknowledgements. */
  private void load(InetSocketAddress address, long seed) {
    Random r = new Random(seed);
    List<String> live = new ArrayList<>();
    for (Map.Entry<String, State> e : new ArrayList<>(acknowledged.entrySet())) {
      if (e.getValue() == State.PRE_ACTIVE || e.getValue() == State.COMPROMISED) {
        live.add(e.getKey());
      }
    }
    try {
      ServerFixture.Connection c = connect(address);
      for (int i = 0; i < 2000; i++) {
        int dice = r.nextInt(10);
        if (dice < 5 || live.isEmpty()) {
          inFlightUid = null;
          CreateResponsePayload created = c.ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
              OperationsIT.aes(256, null), null));
          acknowledged.put(created.uniqueIdentifier(), State.PRE_ACTIVE);
          acksThisCycle.incrementAndGet();
          live.add(created.uniqueIdentifier());
        } else if (dice < 8) {
          String uid = live.get(r.nextInt(live.size()));
          if (acknowledged.get(uid) != State.PRE_ACTIVE) {
            continue;
          }
          inFlightUid = uid;
          inFlightState = State.COMPROMISED;
          c.ok(new RevokeRequestPayload(uid, new RevocationReason(RevocationReasonCode.KEY_COMPROMISE, "crash test"),
              null));
          acknowledged.put(uid, State.COMPROMISED);
          acksThisCycle.incrementAndGet();
        } else {
          String uid = live.remove(r.nextInt(live.size()));
          State before = acknowledged.get(uid);
          inFlightUid = uid;
          inFlightState = before == State.COMPROMISED ? State.DESTROYED_COMPROMISED : State.DESTROYED;
          c.ok(new DestroyRequestPayload(uid));
          acknowledged.put(uid, inFlightState);
          acksThisCycle.incrementAndGet();
        }
        inFlightUid = null;
      }
    } catch (Exception | AssertionError e) {
      if (!killed) {
        loadFailureBeforeKill = e;
      }
      // else the server was killed: the change in flight (inFlightUid) is unknown
    }
  }

  /** Checks every acknowledged object on a (restarted) server; returns the number of checks. */
  private int verify(InetSocketAddress address) throws Exception {
    int checks = 0;
    ServerFixture.Connection c = connect(address);
    try {
      for (Map.Entry<String, State> e : new ArrayList<>(acknowledged.entrySet())) {
        String uid = e.getKey();
        GetAttributesResponsePayload a = c.ok(new GetAttributesRequestPayload(uid, List.of(AttributeReference.of(Tag.STATE))));
        State actual = State.fromValue(a.attributes().enumeration(Tag.STATE).orElseThrow());
        Set<State> allowed = uid.equals(inFlightUid) ? Set.of(e.getValue(), inFlightState) : Set.of(e.getValue());
        assertThat(actual).as("state of %s (acknowledged %s)", uid, e.getValue()).isIn(allowed);
        acknowledged.put(uid, actual);
        ResponseBatchItem got = c.call(new GetRequestPayload(uid, null, null, null, null));
        if (actual == State.DESTROYED || actual == State.DESTROYED_COMPROMISED) {
          assertThat(got.resultStatus()).as("Get of destroyed %s", uid).isEqualTo(ResultStatus.OPERATION_FAILED);
        } else {
          assertThat(got.resultStatus()).as("Get of %s", uid).isEqualTo(ResultStatus.SUCCESS);
          GetResponsePayload p = (GetResponsePayload) got.payload(V);
          SymmetricKey key = (SymmetricKey) p.object();
          assertThat(key.keyBlock().keyMaterial().byteCount()).as("key material of %s", uid).isEqualTo(32);
        }
        checks += 2;
      }
    } finally {
      c.client.close();
    }
    inFlightUid = null;
    return checks;
  }
}
