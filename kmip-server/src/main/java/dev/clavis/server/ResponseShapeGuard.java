package dev.clavis.server;

import dev.clavis.codec.SpecRegistry;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that a response has the exact shape a strict client of the request's protocol version
 * expects — the rules behind the shape bugs users report against KMIP servers (a 1.1 attribute
 * sent to a 1.0 client, attributes inside a 1.x Key Value, an extra field in a Register response,
 * a malformed error header):
 *
 * <ol>
 *   <li>the Response Header carries the request's Protocol Version (when the server speaks it), a
 *       Time Stamp, and a Batch Count equal to the number of Batch Items;
 *   <li>the header, each Batch Item, and the Response Payload of the operations in {@link
 *       #PAYLOADS_1X} / {@link #PAYLOADS_2X} hold only the fields that the version defines, in the
 *       spec's order (KMIP 1.4 §6, §7 and §4; KMIP 2.1 §6, §8 and §9);
 *   <li>no tag, enumeration value, mask bit or 1.x Attribute Name newer than the version (or
 *       removed before it) anywhere in the tree (the registry's {@code since} / {@code removed_in});
 *   <li>no Attribute inside a 1.x Key Value;
 *   <li>Get Attributes returns only the attributes asked for, when some were named;
 *   <li>every failed item (Operation Failed) carries a Result Reason and a non-empty Result
 *       Message, and no payload; every item echoes the request item's Operation.
 * </ol>
 *
 * <p>Run by {@link KmipProcessor} on every response when the system property {@value #PROPERTY}
 * is {@code true} (a debug mode: each violation is logged at ERROR and counted, see {@link
 * #violationCount()}); the client sequence tests run it on every response they receive.
 */
public final class ResponseShapeGuard {

  /** The system property that turns the guard on in the server. */
  public static final String PROPERTY = "clavis.shape-guard";

  private static final Logger log = LoggerFactory.getLogger(ResponseShapeGuard.class);
  private static final AtomicLong VIOLATIONS = new AtomicLong();
  private static final SpecRegistry SPEC = SpecRegistry.get();

  /** Response Header fields in order (KMIP 1.4 §6, Table 191; KMIP 2.1 §8.2). */
  private static final List<Integer> HEADER = List.of(Tag.PROTOCOL_VERSION, Tag.TIME_STAMP, Tag.NONCE,
      Tag.SERVER_HASHED_PASSWORD, Tag.ATTESTATION_TYPE, Tag.CLIENT_CORRELATION_VALUE, Tag.SERVER_CORRELATION_VALUE,
      Tag.BATCH_COUNT);

  /** Response Batch Item fields in order (KMIP 1.4 §7.2, Table 193; KMIP 2.1 §8.3). */
  private static final List<Integer> BATCH_ITEM = List.of(Tag.OPERATION, Tag.UNIQUE_BATCH_ITEM_ID, Tag.RESULT_STATUS,
      Tag.RESULT_REASON, Tag.RESULT_MESSAGE, Tag.ASYNCHRONOUS_CORRELATION_VALUE, Tag.RESPONSE_PAYLOAD,
      Tag.MESSAGE_EXTENSION);

  private static final List<Integer> OBJECTS = List.of(Tag.CERTIFICATE, Tag.SYMMETRIC_KEY, Tag.PUBLIC_KEY,
      Tag.PRIVATE_KEY, Tag.SPLIT_KEY, Tag.TEMPLATE, Tag.SECRET_DATA, Tag.OPAQUE_OBJECT, Tag.PGP_KEY);

  private static final List<Integer> QUERY = List.of(Tag.OPERATION, Tag.OBJECT_TYPE, Tag.VENDOR_IDENTIFICATION,
      Tag.SERVER_INFORMATION, Tag.APPLICATION_NAMESPACE, Tag.EXTENSION_INFORMATION, Tag.ATTESTATION_TYPE,
      Tag.RNG_PARAMETERS, Tag.PROFILE_INFORMATION, Tag.VALIDATION_INFORMATION, Tag.CAPABILITY_INFORMATION,
      Tag.CLIENT_REGISTRATION_METHOD, Tag.DEFAULTS_INFORMATION, Tag.PROTECTION_STORAGE_MASKS);

  /** Response payload fields in order, KMIP 1.4 §4 (one table per operation). */
  static final Map<Operation, List<Integer>> PAYLOADS_1X = new HashMap<>();

  /** Response payload fields in order, KMIP 2.1 §6.1. */
  static final Map<Operation, List<Integer>> PAYLOADS_2X = new HashMap<>();

  static {
    List<Integer> uid = List.of(Tag.UNIQUE_IDENTIFIER);
    List<Integer> get = new ArrayList<>(List.of(Tag.OBJECT_TYPE, Tag.UNIQUE_IDENTIFIER));
    get.addAll(OBJECTS);
    for (Map<Operation, List<Integer>> m : List.of(PAYLOADS_1X, PAYLOADS_2X)) {
      m.put(Operation.GET, get);
      m.put(Operation.LOCATE, List.of(Tag.LOCATED_ITEMS, Tag.UNIQUE_IDENTIFIER));
      m.put(Operation.ACTIVATE, uid);
      m.put(Operation.REVOKE, uid);
      m.put(Operation.DESTROY, uid);
      m.put(Operation.ARCHIVE, uid);
      m.put(Operation.RECOVER, uid);
      m.put(Operation.OBTAIN_LEASE, List.of(Tag.UNIQUE_IDENTIFIER, Tag.LEASE_TIME, Tag.LAST_CHANGE_DATE));
      m.put(Operation.QUERY, QUERY);
      m.put(Operation.DISCOVER_VERSIONS, List.of(Tag.PROTOCOL_VERSION));
      m.put(Operation.CHECK, List.of(Tag.UNIQUE_IDENTIFIER, Tag.USAGE_LIMITS_COUNT, Tag.CRYPTOGRAPHIC_USAGE_MASK,
          Tag.LEASE_TIME));
      m.put(Operation.ENCRYPT, List.of(Tag.UNIQUE_IDENTIFIER, Tag.DATA, Tag.IV_COUNTER_NONCE, Tag.CORRELATION_VALUE,
          Tag.AUTHENTICATED_ENCRYPTION_TAG));
      m.put(Operation.DECRYPT, List.of(Tag.UNIQUE_IDENTIFIER, Tag.DATA, Tag.CORRELATION_VALUE));
    }
    List<Integer> uidTemplate = List.of(Tag.UNIQUE_IDENTIFIER, Tag.TEMPLATE_ATTRIBUTE);
    PAYLOADS_1X.put(Operation.CREATE, List.of(Tag.OBJECT_TYPE, Tag.UNIQUE_IDENTIFIER, Tag.TEMPLATE_ATTRIBUTE));
    PAYLOADS_1X.put(Operation.CREATE_KEY_PAIR, List.of(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER,
        Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE));
    PAYLOADS_1X.put(Operation.REGISTER, uidTemplate);
    PAYLOADS_1X.put(Operation.RE_KEY, uidTemplate);
    PAYLOADS_1X.put(Operation.RE_KEY_KEY_PAIR, List.of(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER,
        Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER, Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE));
    PAYLOADS_1X.put(Operation.GET_ATTRIBUTES, List.of(Tag.UNIQUE_IDENTIFIER, Tag.ATTRIBUTE));
    PAYLOADS_1X.put(Operation.GET_ATTRIBUTE_LIST, List.of(Tag.UNIQUE_IDENTIFIER, Tag.ATTRIBUTE_NAME));
    PAYLOADS_1X.put(Operation.ADD_ATTRIBUTE, List.of(Tag.UNIQUE_IDENTIFIER, Tag.ATTRIBUTE));
    PAYLOADS_1X.put(Operation.MODIFY_ATTRIBUTE, List.of(Tag.UNIQUE_IDENTIFIER, Tag.ATTRIBUTE));
    PAYLOADS_1X.put(Operation.DELETE_ATTRIBUTE, List.of(Tag.UNIQUE_IDENTIFIER, Tag.ATTRIBUTE));
    PAYLOADS_2X.put(Operation.CREATE, List.of(Tag.OBJECT_TYPE, Tag.UNIQUE_IDENTIFIER));
    PAYLOADS_2X.put(Operation.CREATE_KEY_PAIR, List.of(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER,
        Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER));
    PAYLOADS_2X.put(Operation.REGISTER, uid);
    PAYLOADS_2X.put(Operation.RE_KEY, uid);
    PAYLOADS_2X.put(Operation.RE_KEY_KEY_PAIR, List.of(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER,
        Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER));
    PAYLOADS_2X.put(Operation.GET_ATTRIBUTES, List.of(Tag.UNIQUE_IDENTIFIER, Tag.ATTRIBUTES));
    PAYLOADS_2X.put(Operation.GET_ATTRIBUTE_LIST, List.of(Tag.UNIQUE_IDENTIFIER, Tag.ATTRIBUTE_REFERENCE));
    PAYLOADS_2X.put(Operation.ADD_ATTRIBUTE, uid);
    PAYLOADS_2X.put(Operation.MODIFY_ATTRIBUTE, uid);
    PAYLOADS_2X.put(Operation.DELETE_ATTRIBUTE, uid);
    PAYLOADS_2X.put(Operation.SET_ATTRIBUTE, uid);
  }

  private ResponseShapeGuard() {}

  /** Whether the server runs the guard on every response ({@value #PROPERTY}). */
  static boolean enabled() {
    return Boolean.getBoolean(PROPERTY);
  }

  /** How many violations the server has logged since start (debug mode only). */
  public static long violationCount() {
    return VIOLATIONS.get();
  }

  /** Checks in the server: logs and counts each violation. */
  static void audit(TtlvItem request, TtlvItem response) {
    List<String> violations = check(request, response);
    for (String v : violations) {
      VIOLATIONS.incrementAndGet();
      log.error("response shape: {}", v);
    }
  }

  /**
   * The violations of the rules above in {@code response}, answering {@code request} (null when
   * the request could not be decoded); empty when the response is well-shaped.
   */
  public static List<String> check(TtlvItem request, TtlvItem response) {
    List<String> out = new ArrayList<>();
    if (!(response instanceof TtlvItem.Structure message) || message.tag() != Tag.RESPONSE_MESSAGE) {
      out.add("response: not a Response Message structure");
      return out;
    }
    Optional<TtlvItem.Structure> header = message.find(Tag.RESPONSE_HEADER, TtlvItem.Structure.class);
    if (header.isEmpty()) {
      out.add("response: no Response Header");
      return out;
    }
    KmipVersion version = version(header.get());
    if (version == null) {
      out.add("response header: no known Protocol Version");
      return out;
    }
    KmipVersion asked = request instanceof TtlvItem.Structure r
        ? r.find(Tag.REQUEST_HEADER, TtlvItem.Structure.class).map(ResponseShapeGuard::version).orElse(null)
        : null;
    if (asked != null && asked != version) {
      out.add("response Protocol Version: " + version + " (expected: " + asked + ", the request's)");
    }
    String v = version.toString();
    inOrder("Response Header", header.get(), HEADER, out);
    if (header.get().find(Tag.TIME_STAMP).isEmpty()) {
      out.add("response header: no Time Stamp (expected: one, KMIP 1.4 §6.5)");
    }
    List<TtlvItem> items = message.all(Tag.BATCH_ITEM);
    header.get().find(Tag.BATCH_COUNT, TtlvItem.Int.class).ifPresentOrElse(count -> {
      if (count.value() != items.size()) {
        out.add("Batch Count: " + count.value() + " (expected: " + items.size() + ", the Batch Items sent)");
      }
    }, () -> out.add("response header: no Batch Count"));
    for (TtlvItem child : message.items()) {
      if (child.tag() != Tag.RESPONSE_HEADER && child.tag() != Tag.BATCH_ITEM) {
        out.add("Response Message: unexpected " + name(child.tag()));
      }
    }
    List<TtlvItem> requestItems = request instanceof TtlvItem.Structure r ? r.all(Tag.BATCH_ITEM) : List.of();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof TtlvItem.Structure item) {
        TtlvItem.Structure asks = i < requestItems.size() && requestItems.get(i) instanceof TtlvItem.Structure s ? s : null;
        batchItem(i, item, asks, version, out);
      }
    }
    walk(message, v, version, "", out);
    return out;
  }

  private static void batchItem(int index, TtlvItem.Structure item, TtlvItem.Structure request, KmipVersion version,
      List<String> out) {
    String where = "batch item " + (index + 1);
    inOrder(where, item, BATCH_ITEM, out);
    Optional<TtlvItem.Enumeration> status = item.find(Tag.RESULT_STATUS, TtlvItem.Enumeration.class);
    Optional<TtlvItem.Structure> payload = item.find(Tag.RESPONSE_PAYLOAD, TtlvItem.Structure.class);
    if (status.isEmpty()) {
      out.add(where + ": no Result Status");
      return;
    }
    Optional<TtlvItem> asked = request == null ? Optional.empty() : request.find(Tag.OPERATION);
    Optional<TtlvItem> echoed = item.find(Tag.OPERATION);
    if (asked.isPresent() && echoed.isPresent() && !asked.equals(echoed)) {
      out.add(where + ": Operation " + name(echoed.get()) + " (expected: " + name(asked.get()) + ", the request's)");
    }
    if (status.get().value() == ResultStatus.OPERATION_FAILED.value()) {
      if (item.find(Tag.RESULT_REASON).isEmpty()) {
        out.add(where + ": failed without a Result Reason");
      }
      boolean message = item.find(Tag.RESULT_MESSAGE, TtlvItem.Text.class).map(t -> !t.value().isBlank()).orElse(false);
      if (!message) {
        out.add(where + ": failed without a Result Message (libkmip-based clients need one)");
      }
      if (payload.isPresent()) {
        out.add(where + ": failed with a Response Payload");
      }
      return;
    }
    Operation op = item.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(e -> operation(e.value())).orElse(null);
    if (status.get().value() != ResultStatus.SUCCESS.value() || op == null || payload.isEmpty()) {
      return;
    }
    List<Integer> fields = (version.atLeast(KmipVersion.V2_0) ? PAYLOADS_2X : PAYLOADS_1X).get(op);
    if (fields != null) {
      inOrder(where + " " + op.specName() + " payload", payload.get(), fields, out);
    }
    if (op == Operation.GET_ATTRIBUTES && request != null) {
      request.find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class)
          .ifPresent(names -> onlyAsked(where, names, payload.get(), version, out));
    }
  }

  /** Get Attributes returns only the attributes named in the request, when it names some. */
  private static void onlyAsked(String where, TtlvItem.Structure asked, TtlvItem.Structure payload, KmipVersion version,
      List<String> out) {
    if (!version.atLeast(KmipVersion.V2_0)) {
      Set<String> names = new HashSet<>();
      for (TtlvItem n : asked.all(Tag.ATTRIBUTE_NAME)) {
        if (n instanceof TtlvItem.Text t) {
          names.add(t.value());
        }
      }
      if (names.isEmpty()) {
        return;
      }
      for (TtlvItem a : payload.all(Tag.ATTRIBUTE)) {
        String name = a instanceof TtlvItem.Structure s
            ? s.find(Tag.ATTRIBUTE_NAME, TtlvItem.Text.class).map(TtlvItem.Text::value).orElse("?") : "?";
        if (!names.contains(name)) {
          out.add(where + " Get Attributes: returned " + name + " (expected: only " + names + ")");
        }
      }
      return;
    }
    Set<Integer> tags = new HashSet<>();
    for (TtlvItem r : asked.all(Tag.ATTRIBUTE_REFERENCE)) {
      if (r instanceof TtlvItem.Enumeration e) {
        tags.add(e.value());
      } else {
        return; // a custom attribute by name: not checked
      }
    }
    if (tags.isEmpty()) {
      return;
    }
    payload.find(Tag.ATTRIBUTES, TtlvItem.Structure.class).ifPresent(attributes -> {
      for (TtlvItem a : attributes.items()) {
        if (!tags.contains(a.tag())) {
          out.add(where + " Get Attributes: returned " + name(a.tag()) + " (expected: only the attributes asked)");
        }
      }
    });
  }

  /** Every child's tag is in {@code order}, and the children follow it. */
  private static void inOrder(String where, TtlvItem.Structure s, List<Integer> order, List<String> out) {
    int last = -1;
    for (TtlvItem child : s.items()) {
      int at = order.indexOf(child.tag());
      if (at < 0) {
        out.add(where + ": unexpected field " + name(child.tag()));
      } else if (at < last) {
        out.add(where + ": " + name(child.tag()) + " out of the spec's order");
      } else {
        last = at;
      }
    }
  }

  /** Tags, enumeration values, mask bits and 1.x Attribute Names of the version, anywhere. */
  private static void walk(TtlvItem item, String v, KmipVersion version, String path,
      List<String> out) {
    String here = path.isEmpty() ? name(item.tag()) : path + "/" + name(item.tag());
    if (!extension(item.tag()) && !SPEC.definedIn(item.tag(), v)) {
      out.add(here + ": tag not defined in KMIP " + v + since(SPEC.since(item.tag())));
    }
    switch (item) {
      case TtlvItem.Enumeration e -> enumeration(here, e.tag(), e.value(), v, out);
      case TtlvItem.Int i when SPEC.vocabularyOf(i.tag()).map(SpecRegistry.Vocabulary::isMask).orElse(false) ->
          mask(here, SPEC.vocabularyOf(i.tag()).get(), i.value(), v, out);
      case TtlvItem.Structure s -> {
        if (s.tag() == Tag.KEY_VALUE && !version.atLeast(KmipVersion.V2_0) && !s.all(Tag.ATTRIBUTE).isEmpty()) {
          out.add(here + ": Attribute inside a KMIP " + v + " Key Value (strict 1.x parsers break on it)");
        }
        if (s.tag() == Tag.ATTRIBUTE) {
          attribute1x(here, s, v, out);
        }
        for (TtlvItem child : s.items()) {
          if (s.tag() == Tag.ATTRIBUTE && child.tag() == Tag.ATTRIBUTE_VALUE) {
            continue; // checked by attribute1x against its Attribute Name
          }
          if (s.tag() == Tag.BATCH_ITEM && child.tag() == Tag.OPERATION) {
            continue; // the request's own Operation, echoed (checked by batchItem)
          }
          walk(child, v, version, here, out);
        }
      }
      default -> {
        // other primitives: the tag check above is all
      }
    }
  }

  /** A 1.x Attribute: its name is of the version, its value's enumeration or mask too. */
  private static void attribute1x(String here, TtlvItem.Structure s, String v, List<String> out) {
    Optional<String> name = s.find(Tag.ATTRIBUTE_NAME, TtlvItem.Text.class).map(TtlvItem.Text::value);
    if (name.isEmpty() || name.get().startsWith("x-") || name.get().startsWith("y-")) {
      return;
    }
    Optional<SpecRegistry.TagInfo> tag = SPEC.tagByName(name.get());
    if (tag.isPresent() && !SPEC.definedIn(tag.get().tag(), v)) {
      out.add(here + ": attribute " + name.get() + " not defined in KMIP " + v + since(Optional.of(tag.get().since())));
    }
    Optional<TtlvItem> value = s.find(Tag.ATTRIBUTE_VALUE);
    Optional<SpecRegistry.Vocabulary> vocabulary = SPEC.vocabularyOfAttribute(name.get());
    if (value.isEmpty()) {
      return;
    }
    switch (value.get()) {
      case TtlvItem.Enumeration e when vocabulary.isPresent() && tag.isPresent() ->
          enumeration(here + "/" + name.get(), tag.get().tag(), e.value(), v, out);
      case TtlvItem.Int i when vocabulary.isPresent() && vocabulary.get().isMask() ->
          mask(here + "/" + name.get(), vocabulary.get(), i.value(), v, out);
      case TtlvItem.Structure st -> {
        for (TtlvItem child : st.items()) {
          walk(child, v, KmipVersion.parse(v), here + "/" + name.get(), out);
        }
      }
      default -> {
        // text, dates, booleans: the name check is all
      }
    }
  }

  private static void enumeration(String here, int tag, int value, String v, List<String> out) {
    if (SPEC.vocabularyOf(tag).isEmpty() || (value & 0x80000000) != 0) {
      return; // not an enumeration the registry lists, or an extension value
    }
    if (!SPEC.enumDefinedIn(tag, value, v)) {
      out.add(here + ": value " + Optional.ofNullable(SPEC.enumName(tag, value)).orElse(Integer.toHexString(value))
          + " not defined in KMIP " + v + since(SPEC.enumSince(tag, value)));
    }
  }

  private static void mask(String here, SpecRegistry.Vocabulary mask, int value, String v, List<String> out) {
    for (SpecRegistry.Value bit : mask.values()) {
      if ((value & bit.value()) != 0 && bit.since() != null && v.compareTo(bit.since()) < 0) {
        out.add(here + ": bit " + bit.name() + " not defined in KMIP " + v + " (since " + bit.since() + ")");
      } else if ((value & bit.value()) != 0 && bit.removedIn() != null && v.compareTo(bit.removedIn()) >= 0) {
        out.add(here + ": bit " + bit.name() + " not defined in KMIP " + v + " (removed in " + bit.removedIn() + ")");
      }
    }
  }

  private static boolean extension(int tag) {
    return (tag & 0xFF0000) == 0x540000;
  }

  private static String since(Optional<String> since) {
    return since.map(s -> " (since " + s + ")").orElse(" (unknown to the registry)");
  }

  private static String name(TtlvItem operation) {
    return operation instanceof TtlvItem.Enumeration e
        ? Optional.ofNullable(SPEC.enumName(e.tag(), e.value())).orElse(Integer.toHexString(e.value()))
        : operation.toString();
  }

  private static String name(int tag) {
    return Optional.ofNullable(SPEC.xmlName(tag)).orElse(String.format("0x%06X", tag));
  }

  private static Operation operation(int value) {
    try {
      return Operation.fromValue(value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static KmipVersion version(TtlvItem.Structure header) {
    return header.find(Tag.PROTOCOL_VERSION, TtlvItem.Structure.class).map(p -> {
      int major = p.find(Tag.PROTOCOL_VERSION_MAJOR, TtlvItem.Int.class).map(TtlvItem.Int::value).orElse(-1);
      int minor = p.find(Tag.PROTOCOL_VERSION_MINOR, TtlvItem.Int.class).map(TtlvItem.Int::value).orElse(-1);
      return KmipVersion.of(major, minor);
    }).orElse(null);
  }
}
