package dev.clavis.server;

import dev.clavis.codec.KmipException;
import dev.clavis.codec.PKCS11RequestPayload;
import dev.clavis.codec.PKCS11ResponsePayload;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.ResultReason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PKCS#11 (KMIP 2.1 §6.1.37; PKCS#11 Server profile, KMIP Profiles 2.1 test PKCS11-M-1-21): a
 * PKCS#11 function call carried over KMIP. This server implements the library-level functions a
 * remote PKCS#11 client starts and ends with:
 *
 * <ul>
 *   <li>{@code C_Initialize} (function 1) opens a PKCS#11 session with this server and returns
 *       it as the Correlation Value (16 random bytes), which the client sends with its later
 *       calls. The input parameters ({@code CK_C_INITIALIZE_ARGS}: mutex callbacks and flags)
 *       describe the client's own threading and do not apply across the wire; at most {@link
 *       #MAX_INPUT_BYTES} bytes are accepted, else {@code CKR_ARGUMENTS_BAD}.
 *   <li>{@code C_GetInfo} (3) returns the library's {@code CK_INFO} as the Output Parameters,
 *       laid out as PKCS11-M-1-21 shows it: {@code cryptokiVersion} (2 bytes), {@code
 *       manufacturerID} (32 bytes, blank padded), {@code flags} ({@code CK_ULONG}, 8 bytes, zero),
 *       {@code libraryDescription} (32 bytes, blank padded), {@code libraryVersion} (2 bytes):
 *       76 bytes.
 *   <li>{@code C_Finalize} (2) ends the session.
 * </ul>
 *
 * <p>A call other than {@code C_Initialize} without the Correlation Value of an open session of
 * the same client answers {@code CKR_CRYPTOKI_NOT_INITIALIZED}. Any other function of {@code
 * CK_FUNCTION_LIST_3_0} answers Success with {@code CKR_FUNCTION_NOT_SUPPORTED}, as a PKCS#11
 * library does for a function it does not provide; a function number outside that list, or an
 * Integer (vendor-defined) function, is Operation Failed / PKCS#11 Invalid Function; an interface
 * other than the default v3.0 one ({@code "PKCS 11"}, or absent) is PKCS#11 Invalid Interface.
 *
 * <p>Sessions are kept in memory: at most {@link #MAX_SESSIONS_PER_CLIENT} per client (the
 * least recently used is ended to make room) and {@link #MAX_SESSIONS} in all ({@code CKR_HOST_MEMORY}
 * beyond); a session unused for {@link #IDLE_LIMIT} is ended.
 */
final class Pkcs11Handler implements OperationHandler<PKCS11RequestPayload> {

  /** PKCS#11 function numbers: 1-based positions in {@code CK_FUNCTION_LIST_3_0} (KMIP 2.1 §11.38). */
  static final int C_INITIALIZE = 1;
  static final int C_FINALIZE = 2;
  static final int C_GET_INFO = 3;
  /** The last function of {@code CK_FUNCTION_LIST_3_0} ({@code C_MessageVerifyFinal}). */
  static final int LAST_FUNCTION = 93;

  /** {@code CK_RV} values (PKCS#11 v3.0 §5.1, KMIP 2.1 §11.39). */
  static final int CKR_OK = 0x00;
  static final int CKR_HOST_MEMORY = 0x02;
  static final int CKR_ARGUMENTS_BAD = 0x07;
  static final int CKR_FUNCTION_NOT_SUPPORTED = 0x54;
  static final int CKR_CRYPTOKI_NOT_INITIALIZED = 0x190;

  /** The name of the default interface (PKCS#11 v3.0 §5.4, {@code C_GetInterface}). */
  static final String DEFAULT_INTERFACE = "PKCS 11";

  static final int MAX_SESSIONS = 4096;
  static final int MAX_SESSIONS_PER_CLIENT = 16;
  static final int MAX_INPUT_BYTES = 64;
  static final Duration IDLE_LIMIT = Duration.ofHours(1);

  /** {@code CK_INFO.cryptokiVersion}: the interface version of the structures exchanged (2.40). */
  static final byte[] CRYPTOKI_VERSION = {2, 40};
  static final String MANUFACTURER_ID = "Clavis";
  static final String LIBRARY_DESCRIPTION = "Clavis KMIP server";
  static final byte[] LIBRARY_VERSION = {1, 0};

  /** An open session: its client, when it was last used, and a counter value ordering its uses. */
  private record Session(String owner, Instant lastUse, long order) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final AtomicLong uses = new AtomicLong();

  @Override
  public Class<PKCS11RequestPayload> requestType() {
    return PKCS11RequestPayload.class;
  }

  @Override
  public ResponsePayload handle(PKCS11RequestPayload request, RequestContext ctx) {
    if (request.pkcs11Interface() != null && !request.pkcs11Interface().equals(DEFAULT_INTERFACE)) {
      throw new KmipException(ResultReason.PKCS_11_INVALID_INTERFACE, "PKCS#11 Interface: \""
          + LogHandler.printable(request.pkcs11Interface(), 64) + "\" (expected: absent or \"" + DEFAULT_INTERFACE + "\")");
    }
    int f = request.function();
    if (request.vendorFunction() || f < 1 || f > LAST_FUNCTION) {
      throw new KmipException(ResultReason.PKCS_11_INVALID_FUNCTION, "PKCS#11 Function: " + f
          + (request.vendorFunction() ? " (vendor defined)" : "")
          + " (expected: a function of CK_FUNCTION_LIST_3_0, 1.." + LAST_FUNCTION + ")");
    }
    Instant now = ctx.now;
    String owner = ctx.owner();
    return switch (f) {
      case C_INITIALIZE -> initialize(request, owner, now);
      case C_GET_INFO -> session(request, owner, now) == null
          ? answer(request, null, null, CKR_CRYPTOKI_NOT_INITIALIZED)
          : answer(request, null, info(), CKR_OK);
      case C_FINALIZE -> {
        String key = session(request, owner, now);
        if (key == null) {
          yield answer(request, null, null, CKR_CRYPTOKI_NOT_INITIALIZED);
        }
        sessions.remove(key);
        yield answer(request, null, null, CKR_OK);
      }
      default -> answer(request, null, null, CKR_FUNCTION_NOT_SUPPORTED);
    };
  }

  /** Ends every session of {@code owner} (Interop Reset); returns how many. */
  int endSessions(String owner) {
    int n = 0;
    for (Iterator<Map.Entry<String, Session>> it = sessions.entrySet().iterator(); it.hasNext(); ) {
      if (it.next().getValue().owner().equals(owner)) {
        it.remove();
        n++;
      }
    }
    return n;
  }

  private ResponsePayload initialize(PKCS11RequestPayload request, String owner, Instant now) {
    byte[] in = request.inputParameters();
    if (in != null && in.length > MAX_INPUT_BYTES) {
      return answer(request, null, null, CKR_ARGUMENTS_BAD);
    }
    synchronized (sessions) {
      sessions.values().removeIf(s -> s.lastUse().plus(IDLE_LIMIT).isBefore(now));
      Map.Entry<String, Session> oldest = null;
      int mine = 0;
      for (Map.Entry<String, Session> e : sessions.entrySet()) {
        if (e.getValue().owner().equals(owner)) {
          mine++;
          if (oldest == null || e.getValue().order() < oldest.getValue().order()) {
            oldest = e;
          }
        }
      }
      if (mine >= MAX_SESSIONS_PER_CLIENT && oldest != null) {
        sessions.remove(oldest.getKey());
      } else if (sessions.size() >= MAX_SESSIONS) {
        return answer(request, null, null, CKR_HOST_MEMORY);
      }
      byte[] id = new byte[16];
      random.nextBytes(id);
      sessions.put(HexFormat.of().formatHex(id), new Session(owner, now, uses.incrementAndGet()));
      return answer(request, id, null, CKR_OK);
    }
  }

  /** The key of the caller's open session named by the Correlation Value (its use time renewed), or null. */
  private String session(PKCS11RequestPayload request, String owner, Instant now) {
    byte[] cv = request.correlationValue();
    if (cv == null) {
      return null;
    }
    String key = HexFormat.of().formatHex(cv);
    Session s = sessions.get(key);
    if (s == null || !s.owner().equals(owner) || s.lastUse().plus(IDLE_LIMIT).isBefore(now)) {
      return null;
    }
    sessions.replace(key, s, new Session(owner, now, uses.incrementAndGet()));
    return key;
  }

  private static ResponsePayload answer(PKCS11RequestPayload request, byte[] correlation, byte[] output, int rv) {
    return new PKCS11ResponsePayload(request.pkcs11Interface(), request.function(), false, correlation, output, rv);
  }

  /** {@code CK_INFO} (PKCS#11 v3.0 §3.1), laid out as described in the class comment. */
  static byte[] info() {
    byte[] out = new byte[76];
    out[0] = CRYPTOKI_VERSION[0];
    out[1] = CRYPTOKI_VERSION[1];
    blankPadded(MANUFACTURER_ID, out, 2);
    // flags: 8 zero bytes at 34..41 ("bit flags reserved for future versions. MUST be zero")
    blankPadded(LIBRARY_DESCRIPTION, out, 42);
    out[74] = LIBRARY_VERSION[0];
    out[75] = LIBRARY_VERSION[1];
    return out;
  }

  private static void blankPadded(String s, byte[] out, int at) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 32; i++) {
      out[at + i] = i < b.length ? b[i] : (byte) ' ';
    }
  }
}
