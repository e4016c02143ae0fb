package dev.clavis.conformance;

import dev.clavis.codec.ItemType;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvItem.Placeholder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $…} placeholders of one test-case file (KMIP conformance README, "Placeholders"):
 * what a request sends in their place, and what a response may hold there. One instance per file
 * run: the values bound in one file never leak into another.
 *
 * <ul>
 *   <li>{@code $UNIQUE_IDENTIFIER_n}, {@code $SHORT_UNIQUE_IDENTIFIER_n}, {@code $UNIQUE_IDENTIFIER}:
 *       bound at their first appearance in a response, then sent and expected exactly. A new
 *       identifier must be new: the server may not return the value of another bound identifier
 *       where the file expects a fresh one.
 *   <li>Captured outputs ({@code $DATA}, {@code $DATA_n}, {@code $CORRELATION_VALUE},
 *       {@code $IV_COUNTER_NONCE}, {@code $AUTHENTICATED_ENCRYPTION_TAG}, {@code $SIGNATURE_DATA},
 *       {@code $MAC_DATA}, {@code $DIGEST_VALUE}, {@code $KEY_MATERIAL[_n]}, {@code $KEY_VALUE[_n]},
 *       {@code $TICKET_VALUE}): any value the first time a response holds them, that value after.
 *       {@code $CORRELATION_VALUE} is bound anew by the response to each request with Init
 *       Indicator True: every stream has its own ({@link #newStream()}).
 *   <li>{@code $UNIQUE_IDENTIFIER_RANDOM_n}, {@code $SHORT_UNIQUE_IDENTIFIER_RANDOM_n}: a fresh
 *       random identifier (one that cannot exist), the same one for the whole file.
 *   <li>{@code $NOW}, {@code $NOW±N}: in a request, the time when it is first sent (plus N
 *       seconds), the same value for every later use in the file; in a response, {@code $NOW}
 *       is any time near the wall clock, {@code $NOW±N} the value that was sent.
 *   <li>{@code $SERVER_CORRELATION_VALUE}: any value.
 * </ul>
 *
 * Quirk: {@code kmip-1.3-testcases/TC-RNG-ATTR-2-13.xml} binds {@code $UNIQUE_IDENTIFIER_1} in a
 * response and then sends {@code $UNIQUE_IDENTIFIER_0}. The README defines {@code _n} as "the
 * n-th distinct object id in the conversation", so an unbound {@code $UNIQUE_IDENTIFIER_n} in a
 * request resolves to the n-th distinct identifier the server has returned (and stays bound to it).
 *
 * <p>Quirk: some files expect a deterministic output as a literal in a response and send it back
 * as a placeholder in a later request — {@code CS-AC-M-6} ({@code $MAC_DATA} after a literal
 * MAC Data), {@code CS-BC-M-13} ({@code $DATA_0}, {@code $IV_COUNTER_NONCE} after literal Data and
 * IV), {@code TC-STREAM-MAC-1-14}. An unbound captured output in a request is therefore the last
 * value the server returned under the same tag (and stays bound to it).
 */
public final class Placeholders {

  /** How far from the wall clock a server's "now" may be (clock skew plus the run's own duration). */
  public static final Duration NOW_WINDOW = Duration.ofMinutes(10);

  private static final Pattern NOW = Pattern.compile("\\$NOW(?:([+-])(\\d{1,10}))?");
  private static final Pattern UID = Pattern.compile("\\$UNIQUE_IDENTIFIER(?:_(\\d+))?");
  private static final Pattern SHORT_UID = Pattern.compile("\\$SHORT_UNIQUE_IDENTIFIER_\\d+");
  private static final Pattern RANDOM = Pattern.compile("\\$(?:SHORT_)?UNIQUE_IDENTIFIER_RANDOM_\\d+");
  private static final Pattern CAPTURED = Pattern.compile(
      "\\$(?:DATA(?:_\\d+)?|CORRELATION_VALUE|IV_COUNTER_NONCE|AUTHENTICATED_ENCRYPTION_TAG|SIGNATURE_DATA"
          + "|MAC_DATA|DIGEST_VALUE|KEY_MATERIAL(?:_\\d+)?|KEY_VALUE(?:_\\d+)?|TICKET_VALUE)");
  private static final String ANY = "$SERVER_CORRELATION_VALUE";
  /** The Correlation Value of a multi-part operation; each stream binds it anew. */
  static final String CORRELATION = "$CORRELATION_VALUE";

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  /** Bound values by expression: identifiers, captured outputs, random ids, sent times. */
  private Map<String, TtlvItem> bound = new LinkedHashMap<>();
  /** Distinct identifiers the server returned, in order (for the ordinal fallback). */
  private List<String> returnedIds = new ArrayList<>();
  /** The last Byte or Text String value the server returned per tag (for unbound captured outputs). */
  private final Map<Integer, TtlvItem> lastReturned = new HashMap<>();
  /** SHA-256 of every Byte String value the server returned in the file. */
  private final java.util.Set<String> returnedBytes = new java.util.HashSet<>();

  public Placeholders(Clock clock) {
    this.clock = clock;
  }

  /** A copy of the state, to undo the bindings of a trial comparison. */
  Object snapshot() {
    return new Object[] {new LinkedHashMap<>(bound), new ArrayList<>(returnedIds)};
  }

  @SuppressWarnings("unchecked") // restores exactly what snapshot() stored
  void restore(Object snapshot) {
    Object[] s = (Object[]) snapshot;
    bound = new LinkedHashMap<>((Map<String, TtlvItem>) s[0]);
    returnedIds = new ArrayList<>((List<String>) s[1]);
  }

  /** The value bound to an expression, if any (e.g. to tell which identifiers exist). */
  public TtlvItem bound(String expression) {
    return bound.get(expression);
  }

  /** The text value bound to an identifier placeholder, or null. */
  String boundText(String expression) {
    return bound.get(expression) instanceof TtlvItem.Text t ? t.value() : null;
  }

  // ---------------------------------------------------------------- requests

  /** {@code request} with every placeholder replaced by the value to send. */
  public TtlvItem resolve(TtlvItem request) {
    if (request instanceof TtlvItem.Structure s) {
      List<TtlvItem> items = new ArrayList<>(s.items().size());
      for (TtlvItem i : s.items()) {
        items.add(resolve(i));
      }
      return new TtlvItem.Structure(s.tag(), items);
    }
    if (request instanceof Placeholder p) {
      return valueToSend(p).withTag(p.tag());
    }
    return replacement(request);
  }

  /**
   * Records that the server answered {@code actual} where the file had the literal
   * {@code expected} (accepted under a tolerance): later requests sending that literal send the
   * server's value instead ({@link Tolerances.Rule#GENERATED_KEY_OUTPUT}).
   */
  void replaced(TtlvItem.Bytes expected, TtlvItem.Bytes actual) {
    if (expected.byteCount() >= MIN_REPLACED_BYTES && !expected.equals(actual.withTag(expected.tag()))) {
      bound.put(literalKey(expected), actual);
    }
  }

  /** The server's value for a file literal it replaced earlier, else the literal itself. */
  TtlvItem replacement(TtlvItem expected) {
    if (expected instanceof TtlvItem.Bytes b && b.byteCount() >= MIN_REPLACED_BYTES) {
      TtlvItem r = bound.get(literalKey(b));
      return r == null ? expected : r.withTag(b.tag());
    }
    return expected;
  }

  /** Shorter literals could recur by chance in an unrelated field. */
  static final int MIN_REPLACED_BYTES = 8;

  private static String literalKey(TtlvItem.Bytes b) {
    byte[] v = b.value();
    try {
      return "#literal:" + java.util.HexFormat.of().formatHex(v);
    } finally {
      java.util.Arrays.fill(v, (byte) 0);
    }
  }

  private TtlvItem valueToSend(Placeholder p) {
    String e = p.expression();
    TtlvItem b = bound.get(e);
    if (b != null) {
      return convert(b, p);
    }
    Matcher now = NOW.matcher(e);
    if (now.matches()) {
      long offset = now.group(1) == null ? 0 : Long.parseLong(now.group(2)) * (now.group(1).equals("-") ? -1 : 1);
      TtlvItem v = TtlvItem.dateTime(p.tag(), clock.instant().plusSeconds(offset));
      bound.put(e, v);
      return v;
    }
    if (RANDOM.matcher(e).matches()) {
      TtlvItem v = p.type() == ItemType.BYTE_STRING ? TtlvItem.bytes(p.tag(), randomBytes(32))
          : TtlvItem.text(p.tag(), UUID.randomUUID().toString());
      bound.put(e, v);
      return v;
    }
    Matcher uid = UID.matcher(e);
    if (uid.matches() && uid.group(1) != null) {
      int n = Integer.parseInt(uid.group(1));
      if (n < returnedIds.size()) {
        TtlvItem v = TtlvItem.text(p.tag(), returnedIds.get(n));
        bound.put(e, v);
        return v;
      }
    }
    if (CAPTURED.matcher(e).matches() && lastReturned.containsKey(p.tag())) {
      TtlvItem v = lastReturned.get(p.tag());
      bound.put(e, v);
      return convert(v, p);
    }
    throw new UnboundPlaceholderException(e);
  }

  /** Notes the values of a whole response (call after each exchange). */
  public void sawResponse(TtlvItem response) {
    if (response instanceof TtlvItem.Structure s) {
      for (TtlvItem c : s.items()) {
        sawResponse(c);
      }
    } else if (response instanceof TtlvItem.Bytes || response instanceof TtlvItem.Text) {
      lastReturned.put(response.tag(), response);
      if (response instanceof TtlvItem.Bytes b) {
        returnedBytes.add(fingerprint(b));
      }
    }
  }

  /** Whether the server returned this Byte String value (under any tag) earlier in the file. */
  boolean returned(TtlvItem.Bytes value) {
    return returnedBytes.contains(fingerprint(value));
  }

  private static String fingerprint(TtlvItem.Bytes b) {
    byte[] v = b.value();
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(v));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      java.util.Arrays.fill(v, (byte) 0);
    }
  }

  /**
   * A new multi-part operation starts (a request with Init Indicator True): the server gives it
   * a new Correlation Value, which the response binds to {@code $CORRELATION_VALUE} anew (KMIP 1.4
   * §2.1.15–§2.1.16).
   */
  void newStream() {
    bound.remove(CORRELATION);
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** A request uses a placeholder no earlier response bound. */
  public static final class UnboundPlaceholderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnboundPlaceholderException(String expression) {
      super("placeholder " + expression + ": used in a request before any response bound it"
          + " (expected: bound by an earlier response of the file)");
    }
  }

  // ---------------------------------------------------------------- responses

  /**
   * Checks an actual response value where the expected response has a placeholder, binding it
   * when this is its first appearance.
   *
   * @return null when acceptable, else what is wrong (never the value of a Byte String)
   */
  public String match(Placeholder expected, TtlvItem actual) {
    String e = expected.expression();
    if (actual.type() != expected.type()) {
      return "type " + actual.type().xmlName() + " (expected: " + expected.type().xmlName() + " for " + e + ")";
    }
    if (e.equals(ANY)) {
      return null;
    }
    Matcher now = NOW.matcher(e);
    if (now.matches()) {
      Instant got = ((TtlvItem.DateTime) actual).instant();
      TtlvItem sent = bound.get(e);
      if (sent != null && now.group(1) != null) {
        Instant want = ((TtlvItem.DateTime) sent).instant();
        return got.equals(want) ? null : got + " (expected: " + want + ", the value sent as " + e + ")";
      }
      long offset = now.group(1) == null ? 0 : Long.parseLong(now.group(2)) * (now.group(1).equals("-") ? -1 : 1);
      return nearNow(got, offset) ? null
          : got + " (expected: " + e + ", within " + NOW_WINDOW.toMinutes() + " minutes of " + clock.instant().plusSeconds(offset) + ")";
    }
    boolean identifier = UID.matcher(e).matches() || SHORT_UID.matcher(e).matches();
    if (!identifier && !CAPTURED.matcher(e).matches() && !RANDOM.matcher(e).matches()) {
      return "placeholder " + e + ": unknown (expected: one of the forms of the conformance README)";
    }
    TtlvItem b = bound.get(e);
    if (b != null) {
      return sameValue(b, actual) ? null : Values.show(actual) + " (expected: " + Values.show(b) + ", bound to " + e + ")";
    }
    if (identifier) {
      for (Map.Entry<String, TtlvItem> other : bound.entrySet()) {
        if (isIdentifier(other.getKey()) && sameValue(other.getValue(), actual)) {
          return Values.show(actual) + " (expected: a new identifier for " + e + ", not the one bound to " + other.getKey() + ")";
        }
      }
      if (actual instanceof TtlvItem.Text t && !returnedIds.contains(t.value())) {
        returnedIds.add(t.value());
      }
    }
    bound.put(e, actual);
    return null;
  }

  /** Whether a response's own time is near the wall clock (plus an offset). */
  boolean nearNow(Instant got, long offsetSeconds) {
    Instant want = clock.instant().plusSeconds(offsetSeconds);
    return Duration.between(want, got).abs().compareTo(NOW_WINDOW) <= 0;
  }

  Clock clock() {
    return clock;
  }

  /** Notes an identifier the server returned outside a placeholder (kept for the ordinal fallback). */
  void sawIdentifier(String id) {
    if (!returnedIds.contains(id)) {
      returnedIds.add(id);
    }
  }

  private static boolean isIdentifier(String e) {
    return UID.matcher(e).matches() || SHORT_UID.matcher(e).matches();
  }

  // ---------------------------------------------------------------- values

  /** Same value, whatever the tag. */
  static boolean sameValue(TtlvItem a, TtlvItem b) {
    return a.type() == b.type() && a.withTag(0).equals(b.withTag(0));
  }

  /** The bound value converted to the placeholder's type where the two differ in form only. */
  private static TtlvItem convert(TtlvItem value, Placeholder p) {
    if (value.type() == p.type()) {
      return value;
    }
    if (value instanceof TtlvItem.Text t && p.type() == ItemType.BYTE_STRING) {
      return TtlvItem.bytes(p.tag(), t.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    throw new IllegalStateException("placeholder " + p.expression() + ": bound to a " + value.type().xmlName()
        + " (expected: " + p.type().xmlName() + ")");
  }

  /** For tests: every binding, by expression. */
  Map<String, TtlvItem> bindings() {
    return new HashMap<>(bound);
  }
}
