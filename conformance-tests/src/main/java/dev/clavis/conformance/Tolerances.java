package dev.clavis.conformance;

import dev.clavis.codec.SpecRegistry;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every place where the comparison of a response with the expected one is not exact, and why.
 * Everything not listed here is compared exactly: result status and reason, every field a client
 * sets or reads back, item counts and order. {@code docs/conformance.md} prints this list.
 */
public final class Tolerances {

  /** One tolerance: what it covers and why it is legitimate. */
  public enum Rule {
    IDENTIFIERS("Unique identifiers ($UNIQUE_IDENTIFIER_n, $SHORT_UNIQUE_IDENTIFIER_n)",
        "The server chooses identifiers (KMIP 1.4 §3.1, KMIP 2.1 §4.58: assigned by the server). Each is bound at its"
            + " first appearance in a response and compared exactly afterwards; a new one must differ from every"
            + " identifier already bound."),
    CAPTURED_OUTPUTS("Server outputs written as placeholders ($DATA, $SIGNATURE_DATA, $MAC_DATA, $CORRELATION_VALUE,"
        + " $IV_COUNTER_NONCE, $AUTHENTICATED_ENCRYPTION_TAG, $KEY_MATERIAL, $KEY_VALUE, $DIGEST_VALUE, $TICKET_VALUE)",
        "The file marks them as the server's own values: any value is accepted the first time (type exact), then"
            + " it is sent back or expected exactly, so a later Decrypt, SignatureVerify or MACVerify checks it."),
    TIME_STAMP_NEAR_NOW("Time Stamp of the response header, and every $NOW",
        "The server's clock at answer time (KMIP 1.4 §6.5): accepted within " + Placeholders.NOW_WINDOW.toMinutes()
            + " minutes of the runner's clock. The 1.0–1.2 files hold literal 2012 time stamps from the reference"
            + " run; they are read as $NOW."),
    NOW_RELATIVE_ECHO("$NOW-N / $NOW+N in responses",
        "A date the client sent: computed once when first sent, then expected exactly."),
    SERVER_DATES_NEAR_NOW("Initial Date, Last Change Date, Activation/Deactivation/Destroy/Compromise/Archive Date,"
        + " Original Creation Date, when the client did not send the value",
        "The server records them when an operation runs (KMIP 1.4 §3.23–§3.38). The files hold either $NOW or the"
            + " reference run's literal time: accepted when equal or near the wall clock. A date the request"
            + " carried must be echoed exactly."),
    SERVER_CORRELATION_VALUE("Server Correlation Value in the response header (presence and value)",
        "A SHOULD, not a SHALL, and its value is the server's own (KMIP 1.4 §6.19); the files hold the reference server's"
            + " literal, e.g. \"A5E83842-2A456820-4\")."),
    CLIENT_CORRELATION_ECHO("Client Correlation Value in the response header, where the file has none",
        "Optional in a response (KMIP 2.1 §8.5, Table 398): a server may echo the request's. Accepted only when equal"
            + " to the value the request carried."),
    LOCATED_ITEMS_OPTIONAL("Located Items in a Locate response, where the file has none",
        "\"A server MAY elect to return the Located Items value even if Offset Items is not present\" (KMIP 1.4 §4.9,"
            + " 2.1 §6.1.28). Accepted when at least the number of identifiers returned; exact where the file has it."),
    RESULT_MESSAGE("Result Message (presence and text)",
        "Free text for humans, vendor-specific (\"DENIED\", \"CRYPTO\", \"TOO_LARGE\"); KMIP 1.4 §6.11 makes it"
            + " optional. Result Status and Result Reason are compared exactly."),
    GENERATED_KEY_MATERIAL("Key Value contents of objects the server generated (Create, Create Key Pair, Re-key,"
        + " Re-key Key Pair, Create Split Key, Certify), and of keys derived (Derive Key) from such an object",
        "Fresh random keys differ on every run; a key derived from one (e.g. ECDH of two generated key pairs,"
            + " TC-DERIVEKEY-6) is a function of that fresh material, so it differs too; a key derived from registered"
            + " objects only stays exact. Types and structure are exact; the byte length is exact for Raw and"
            + " Transparent Symmetric Key formats, free for DER formats (PKCS#1, PKCS#8, X.509), whose length moves"
            + " with the leading bits of the key's integers; Big Integer values are free."),
    GENERATED_KEY_OUTPUT("Encrypt Data, IV, tag; Sign Signature Data; MAC MAC Data — under a key the server generated;"
        + " and a Certify'd certificate's value",
        "Outputs of a fresh random key cannot equal the reference run's literal: the length is exact, the value"
            + " free. The value the server gave replaces the file's literal wherever a later request sends it back"
            + " (e.g. CS-BC-M-3: Encrypt under a created key, then Decrypt of that ciphertext must give the"
            + " file's plaintext exactly)."),
    GENERATED_DIGEST("Digest Value of objects the server generated",
        "A digest of fresh key material (KMIP 1.4 §3.17); the length, hashing algorithm and key format are exact."),
    RANDOM_OUTPUT("RNG Retrieve Data",
        "Random bytes (KMIP 1.4 §4.35): length exact, value free."),
    RANDOMIZED_CRYPTO("Encrypt Data under RSA OAEP or PKCS#1 v1.5 padding; Sign Signature Data with ECDSA or RSASSA-PSS;"
        + " the scheme as the request's Cryptographic Parameters give it, else as the key's Cryptographic Parameters"
        + " attribute does",
        "These schemes are randomized (RFC 8017 §7, FIPS 186-4 §6.3): the reference run's literal output cannot"
            + " recur. Encrypt: length exact. ECDSA signatures are DER, so their length varies too; PSS: length exact."
            + " Parameters a request omits are the key's (KMIP 1.4 §4.29, §4.31: CS-AC-M-OAEP-1/3/5/7/9 and"
            + " CS-AC-M-1-13 set OAEP or PSS on the key only)."),
    SERVER_RANDOM_IV("Encrypt Data, IV/Counter/Nonce and tag, where Random IV is True and the request sends no IV",
        "The server generates the IV and returns it (KMIP 1.4 §3.6 Random IV, §4.29): the reference run's IV, and the"
            + " cipher text under it, cannot recur (CS-BC-M-13-13/14/20 hold them as literals, CS-BC-M-13-21 as"
            + " $IV_COUNTER_NONCE and $DATA_0). Lengths exact; the later Decrypt sends the server's values back and"
            + " its plain text is exact."),
    FOREIGN_CIPHERTEXT("Decrypt Data under a key the server generated, of a cipher text this server never returned",
        "The file decrypts a cipher text made under the reference run's own random key (CS-BC-M-2 decrypts"
            + " CS-BC-M-1's literal under a newly created key): no server can return the file's plain text. Length"
            + " exact; the Decrypt of the server's own cipher text (CS-BC-M-3) is exact."),
    STREAM_CORRELATION("$CORRELATION_VALUE in the response to an Init Indicator True request",
        "Each multi-part operation gets its own Correlation Value from the server (KMIP 1.4 §2.1.15, §2.1.16;"
            + " KMIP 2.1 §7.8); the TC-STREAM files write every stream's as the one $CORRELATION_VALUE. The first"
            + " response of a stream binds it anew; within the stream it is exact."),
    DRAFT_20_LIFECYCLE_REASON("Result Reason Wrong Key Lifecycle State where a KMIP 2.0 file expects Permission Denied",
        "KMIP 2.0 defines Wrong Key Lifecycle State for a key whose state or dates forbid the operation (KMIP 2.0"
            + " §11.45: \"for example not Active for an Encrypt operation\"). The kmip-2.0-profiles files are a draft"
            + " (csprd01) written before it, with the 1.x answer Permission Denied (AKLC-M-2/3, CS-AC-M-8, CS-BC-M-14);"
            + " the OASIS Standard 2.1 files expect Wrong Key Lifecycle State for the same cases. Accepted in 2.0"
            + " messages only; any other reason is still a difference."),
    FILE_ERRATUM("Three literals that contradict their own file: CS-BC-M-6-13's cipher text, OMOS-O-1-14's last"
        + " Protocol Version, TC-SJ-4-14's identifier in the Get of the fourth split key part",
        "kmip-1.3-profiles CS-BC-M-6-13 expects fd912d…9095 as the AES-ECB cipher text of 0102…1516 under the key"
            + " it registers, 0123…cdef: that is CS-BC-M-1's cipher text under another key. AES (FIPS 197) gives"
            + " d9bcce…60c9, as CS-BC-M-6-14, -20 and -21 have it. kmip-1.4-profiles OMOS-O-1-14 expects 1.3 in the"
            + " response to its last request, which is 1.4 like every other message of the file. kmip-1.4-testcases"
            + " TC-SJ-4-14's sixth exchange gets $UNIQUE_IDENTIFIER_4 (its response has Key Part Identifier 4) but"
            + " names $UNIQUE_IDENTIFIER_1 in the response; TC-SJ-4-20 names $UNIQUE_IDENTIFIER_4. The corrected"
            + " values are sent and expected exactly."),
    LEASE_TIME("Lease Time attribute value",
        "The maximum lease the server is able to serve (KMIP 1.4 §3.20): its policy, 3600 s at the reference server."
            + " The attribute must be present where the file has it; the interval is the server's."),
    RNG_ATTRIBUTE("Random Number Generator attribute value",
        "Describes the server's own generator (KMIP 1.4 §3.44): the attribute must be present, its contents are"
            + " the server's."),
    PKCS11_LIBRARY_INFO("PKCS#11 Output Parameters of C_GetInfo",
        "The CK_INFO of the answering PKCS#11 library (PKCS#11 v3.0 §3.1; KMIP 2.1 §6.1.37): its manufacturer ID,"
            + " description and library version are the server's own (\"TEST Pty Ltd\" at the reference server)."
            + " The structure's length is exact."),
    LOCATE_ORDER("Order of the identifiers in a Locate response",
        "KMIP 1.4 §4.9 does not order Locate results (only Offset/Maximum Items page them). Count exact."),
    ATTRIBUTE_ORDER("Order of attributes in Get Attributes responses, and of names in Get Attribute List responses",
        "KMIP 1.4 §4.12/§4.13 and 2.1 §6.1.20/§6.1.21 do not order them. Values exact."),
    ALL_ATTRIBUTES_EXTRA("Extra attributes in answer to Get Attributes / Get Attribute List with no names, and in"
        + " Export (KMIP 2.1 §6.1.18: the object \"together with its attributes\")",
        "Asked for every attribute, a server returns the ones it keeps, which include optional attributes the"
            + " reference server did not keep. Every attribute of the file must still be there, with its value."),
    QUERY_KINDS("Query response contents",
        "A Query answer describes the answering server (KMIP 1.4 §4.25): operations, object types, vendor and"
            + " server information differ between servers, and the files themselves disagree for one request"
            + " (MSGENC-HTTPS-M-1-21 lists Import/Export/Log, MSGENC-JSON/XML-M-1-21 do not). Compared: every kind"
            + " of item in the file (e.g. Operation, Object Type) is present at least once."),
    DISCOVER_VERSIONS_SUBSET("Discover Versions response",
        "Lists the versions the server supports, in its order of preference (KMIP 1.4 §4.26): every version of the"
            + " file must be there, in any order; a server supporting more versions lists more."),
    RNG_SEED_ALTERNATIVES("CS-RNG-O-1..4 (1.4 and 2.1): the same RNG Seed request with four expected outcomes",
        "Alternative behaviours (32, 16 or 0 bytes used, or Permission Denied): a response is accepted if it"
            + " matches any of the four files, provided the server gives the same answer to all four.");

    private final String covers;
    private final String reason;

    Rule(String covers, String reason) {
      this.covers = covers;
      this.reason = reason;
    }

    public String covers() {
      return covers;
    }

    public String reason() {
      return reason;
    }
  }

  /** How the children of a structure are compared. */
  enum Order {
    /** In order, same count (the default). */
    EXACT,
    /** Any order, same multiset. */
    ANY_ORDER,
    /** Any order; every expected child present, extra actual children allowed. */
    SUBSET,
    /** Only that each tag of the expected children appears at least once. */
    KINDS,
    /** Contents not compared (the structure must be there). */
    FREE
  }

  /** How a primitive value is compared. */
  enum Check {
    EXACT, FREE, SAME_LENGTH, EXACT_OR_NOW,
    /** The expected Permission Denied, or Wrong Key Lifecycle State ({@link Rule#DRAFT_20_LIFECYCLE_REASON}). */
    EXACT_OR_WRONG_LIFECYCLE_STATE
  }

  /** Operations whose new objects carry fresh random key material. */
  static final Set<Integer> GENERATING_OPERATIONS = Set.of(
      Operation.CREATE.value(), Operation.CREATE_KEY_PAIR.value(), Operation.RE_KEY.value(),
      Operation.RE_KEY_KEY_PAIR.value(), Operation.CREATE_SPLIT_KEY.value(), Operation.CERTIFY.value(),
      Operation.RE_CERTIFY.value());

  /** Outputs of Encrypt, Sign and MAC that depend on the key. */
  static final Set<Integer> GENERATED_OUTPUTS = Set.of(
      Tag.DATA, Tag.IV_COUNTER_NONCE, Tag.AUTHENTICATED_ENCRYPTION_TAG, Tag.SIGNATURE_DATA, Tag.MAC_DATA);

  /** Dates a server sets itself when an operation runs. */
  static final Set<Integer> SERVER_DATES = Set.of(
      Tag.INITIAL_DATE, Tag.LAST_CHANGE_DATE, Tag.ACTIVATION_DATE, Tag.DEACTIVATION_DATE, Tag.DESTROY_DATE,
      Tag.COMPROMISE_DATE, Tag.ARCHIVE_DATE, Tag.ORIGINAL_CREATION_DATE);

  private Tolerances() {}

  /**
   * Where a value sits: its tag, the tag it stands for (for a KMIP 1.x Attribute Value, the tag
   * named by its Attribute Name), the tags of its ancestors (nearest last), the operation of its
   * batch item, the request batch item sent, whether the payload's object was generated, the
   * Key Format Type of the enclosing Key Block (its XML name, or null), the Cryptographic
   * Parameters the file gave the object the request names (or null), whether the request's
   * Data is a value this server returned earlier in the file, and the request's protocol version
   * (major × 100 + minor, or -1).
   */
  record Where(int tag, int effectiveTag, List<Integer> ancestors, int operation,
      TtlvItem.Structure requestItem, boolean generatedObject, String keyFormat,
      TtlvItem.Structure keyParameters, boolean dataFromServer, int protocolVersion) {

    Where(int tag, int effectiveTag, List<Integer> ancestors, int operation,
        TtlvItem.Structure requestItem, boolean generatedObject, String keyFormat) {
      this(tag, effectiveTag, ancestors, operation, requestItem, generatedObject, keyFormat, null, false, -1);
    }

    /** Raw and Transparent Symmetric Key material has the key's exact length. */
    boolean formatHasFixedLength() {
      return "Raw".equals(keyFormat) || "TransparentSymmetricKey".equals(keyFormat);
    }

    boolean under(int t) {
      return ancestors.contains(t);
    }

    int parent() {
      return ancestors.isEmpty() ? -1 : ancestors.get(ancestors.size() - 1);
    }
  }

  /** Children never compared: dropped from both sides. */
  static Optional<Rule> ignoredChild(int parentTag, int childTag) {
    if (childTag == Tag.RESULT_MESSAGE && parentTag == Tag.BATCH_ITEM) {
      return Optional.of(Rule.RESULT_MESSAGE);
    }
    if (childTag == Tag.SERVER_CORRELATION_VALUE && parentTag == Tag.RESPONSE_HEADER) {
      return Optional.of(Rule.SERVER_CORRELATION_VALUE);
    }
    return Optional.empty();
  }

  /**
   * An item the server may add where the file has none of its tag, or empty.
   *
   * @param w the structure holding it
   * @param extra the server's item
   * @param siblings the server's items of that structure
   */
  static Optional<Rule> optionalExtra(Where w, TtlvItem extra, List<TtlvItem> siblings) {
    if (w.tag() == Tag.RESPONSE_HEADER && extra.tag() == Tag.CLIENT_CORRELATION_VALUE && w.requestItem() != null) {
      Optional<TtlvItem> sent = w.requestItem().find(Tag.REQUEST_HEADER, TtlvItem.Structure.class)
          .flatMap(h -> h.find(Tag.CLIENT_CORRELATION_VALUE));
      return sent.isPresent() && sent.get().equals(extra) ? Optional.of(Rule.CLIENT_CORRELATION_ECHO) : Optional.empty();
    }
    if (w.tag() == Tag.RESPONSE_PAYLOAD && w.operation() == Operation.LOCATE.value()
        && extra instanceof TtlvItem.Int n && extra.tag() == Tag.LOCATED_ITEMS) {
      long ids = siblings.stream().filter(i -> i.tag() == Tag.UNIQUE_IDENTIFIER).count();
      return n.value() >= ids ? Optional.of(Rule.LOCATED_ITEMS_OPTIONAL) : Optional.empty();
    }
    return Optional.empty();
  }

  /** How the children of the structure at {@code w} are compared, and under which rule. */
  static Order order(Where w, Rule[] applied) {
    if (w.effectiveTag() == Tag.RANDOM_NUMBER_GENERATOR) {
      applied[0] = Rule.RNG_ATTRIBUTE;
      return Order.FREE;
    }
    boolean payload = w.tag() == Tag.RESPONSE_PAYLOAD;
    int op = w.operation();
    if (payload && op == Operation.QUERY.value()) {
      applied[0] = Rule.QUERY_KINDS;
      return Order.KINDS;
    }
    if (payload && op == Operation.DISCOVER_VERSIONS.value()) {
      applied[0] = Rule.DISCOVER_VERSIONS_SUBSET;
      return Order.SUBSET;
    }
    if (payload && op == Operation.LOCATE.value()) {
      applied[0] = Rule.LOCATE_ORDER;
      return Order.ANY_ORDER;
    }
    boolean attributesList = (payload && (op == Operation.GET_ATTRIBUTES.value() || op == Operation.GET_ATTRIBUTE_LIST.value()))
        || (w.tag() == Tag.ATTRIBUTES && w.parent() == Tag.RESPONSE_PAYLOAD
            && (op == Operation.GET_ATTRIBUTES.value() || op == Operation.EXPORT.value()));
    if (attributesList) {
      if (asksAllAttributes(w.requestItem())) {
        applied[0] = Rule.ALL_ATTRIBUTES_EXTRA;
        return Order.SUBSET;
      }
      applied[0] = Rule.ATTRIBUTE_ORDER;
      return Order.ANY_ORDER;
    }
    return Order.EXACT;
  }

  /** Get Attributes / Get Attribute List naming no attribute: "all of them". */
  static boolean asksAllAttributes(TtlvItem.Structure requestItem) {
    if (requestItem == null) {
      return false;
    }
    Optional<TtlvItem.Structure> p = requestItem.find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class);
    if (p.isEmpty()) {
      return true;
    }
    if (requestItem.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(e -> e.value()).orElse(0)
        == Operation.GET_ATTRIBUTE_LIST.value()) {
      return true;
    }
    return p.get().all(Tag.ATTRIBUTE_NAME).isEmpty() && p.get().all(Tag.ATTRIBUTE_REFERENCE).isEmpty();
  }

  /** How the primitive at {@code w} is compared, and under which rule. */
  static Check check(Where w, TtlvItem expected, Rule[] applied) {
    int t = w.effectiveTag();
    int op = w.operation();
    if (t == Tag.TIME_STAMP && w.under(Tag.RESPONSE_HEADER)) {
      applied[0] = Rule.TIME_STAMP_NEAR_NOW;
      return Check.EXACT_OR_NOW;
    }
    if (SERVER_DATES.contains(t) && expected instanceof TtlvItem.DateTime d && !carries(w.requestItem(), d)) {
      applied[0] = Rule.SERVER_DATES_NEAR_NOW;
      return Check.EXACT_OR_NOW;
    }
    if (t == Tag.RESULT_REASON && w.parent() == Tag.BATCH_ITEM && w.protocolVersion() == 200
        && expected instanceof TtlvItem.Enumeration e && e.value() == ResultReason.PERMISSION_DENIED.value()) {
      applied[0] = Rule.DRAFT_20_LIFECYCLE_REASON;
      return Check.EXACT_OR_WRONG_LIFECYCLE_STATE;
    }
    if (t == Tag.LEASE_TIME && w.under(Tag.RESPONSE_PAYLOAD)) {
      applied[0] = Rule.LEASE_TIME;
      return Check.FREE;
    }
    if (w.generatedObject() && w.under(Tag.KEY_VALUE)
        && (expected instanceof TtlvItem.Bytes || expected instanceof TtlvItem.BigInt)) {
      applied[0] = Rule.GENERATED_KEY_MATERIAL;
      return expected instanceof TtlvItem.Bytes && w.formatHasFixedLength() ? Check.SAME_LENGTH : Check.FREE;
    }
    if (w.generatedObject() && w.parent() == Tag.RESPONSE_PAYLOAD && GENERATED_OUTPUTS.contains(t)
        && (op == Operation.ENCRYPT.value() || op == Operation.SIGN.value() || op == Operation.MAC.value())) {
      applied[0] = Rule.GENERATED_KEY_OUTPUT;
      return signatureScheme(w).contains("ECDSA") ? Check.FREE : Check.SAME_LENGTH;
    }
    if (op == Operation.DECRYPT.value() && t == Tag.DATA && w.parent() == Tag.RESPONSE_PAYLOAD && w.generatedObject()
        && !w.dataFromServer() && requestData(w.requestItem()) != null) {
      applied[0] = Rule.FOREIGN_CIPHERTEXT;
      return Check.SAME_LENGTH;
    }
    if (op == Operation.ENCRYPT.value() && w.parent() == Tag.RESPONSE_PAYLOAD
        && (t == Tag.DATA || t == Tag.IV_COUNTER_NONCE || t == Tag.AUTHENTICATED_ENCRYPTION_TAG) && serverRandomIv(w)) {
      applied[0] = Rule.SERVER_RANDOM_IV;
      return Check.SAME_LENGTH;
    }
    if (w.generatedObject() && t == Tag.CERTIFICATE_VALUE) {
      applied[0] = Rule.GENERATED_KEY_OUTPUT;
      return Check.FREE;
    }
    if (w.generatedObject() && t == Tag.DIGEST_VALUE) {
      applied[0] = Rule.GENERATED_DIGEST;
      return Check.SAME_LENGTH;
    }
    if (op == Operation.PKCS_11.value() && t == Tag.PKCS_11_OUTPUT_PARAMETERS && w.parent() == Tag.RESPONSE_PAYLOAD
        && pkcs11Function(w.requestItem()) == PKCS11_C_GET_INFO) {
      applied[0] = Rule.PKCS11_LIBRARY_INFO;
      return Check.SAME_LENGTH;
    }
    if (op == Operation.RNG_RETRIEVE.value() && t == Tag.DATA && w.parent() == Tag.RESPONSE_PAYLOAD) {
      applied[0] = Rule.RANDOM_OUTPUT;
      return Check.SAME_LENGTH;
    }
    if (op == Operation.ENCRYPT.value() && t == Tag.DATA && w.parent() == Tag.RESPONSE_PAYLOAD
        && randomizedPadding(w)) {
      applied[0] = Rule.RANDOMIZED_CRYPTO;
      return Check.SAME_LENGTH;
    }
    if (op == Operation.SIGN.value() && t == Tag.SIGNATURE_DATA && w.parent() == Tag.RESPONSE_PAYLOAD) {
      String scheme = signatureScheme(w);
      if (scheme.contains("ECDSA")) {
        applied[0] = Rule.RANDOMIZED_CRYPTO;
        return Check.FREE;
      }
      if (scheme.contains("PSS")) {
        applied[0] = Rule.RANDOMIZED_CRYPTO;
        return Check.SAME_LENGTH;
      }
    }
    return Check.EXACT;
  }

  /** PKCS#11 Function {@code C_GetInfo}: the 3rd entry of {@code CK_FUNCTION_LIST_3_0} (KMIP 2.1 §11.38). */
  static final int PKCS11_C_GET_INFO = 3;

  /** The PKCS#11 Function of the request's payload, or -1. */
  private static int pkcs11Function(TtlvItem.Structure requestItem) {
    if (requestItem == null) {
      return -1;
    }
    return requestItem.find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class)
        .flatMap(p -> p.find(Tag.PKCS_11_FUNCTION, TtlvItem.Enumeration.class))
        .map(TtlvItem.Enumeration::value).orElse(-1);
  }

  /** Whether the request sent this date (then the server must echo it). */
  private static boolean carries(TtlvItem.Structure requestItem, TtlvItem.DateTime d) {
    return requestItem != null && contains(requestItem, d.epochSeconds());
  }

  private static boolean contains(TtlvItem i, long epochSeconds) {
    if (i instanceof TtlvItem.DateTime d) {
      return d.epochSeconds() == epochSeconds;
    }
    if (i instanceof TtlvItem.Structure s) {
      for (TtlvItem c : s.items()) {
        if (contains(c, epochSeconds)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean randomizedPadding(Where w) {
    String padding = effectiveEnumNames(w, Tag.PADDING_METHOD);
    return padding.contains("OAEP") || padding.contains("PKCS1V1_5");
  }

  private static String signatureScheme(Where w) {
    String s = effectiveEnumNames(w, Tag.DIGITAL_SIGNATURE_ALGORITHM) + " " + effectiveEnumNames(w, Tag.PADDING_METHOD)
        + " " + effectiveEnumNames(w, Tag.CRYPTOGRAPHIC_ALGORITHM);
    return s.toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * A Cryptographic Parameters field as it applies to the operation: the request's, else the
   * key's attribute (KMIP 1.4 §4.29–§4.32: the parameters "MAY be omitted from the request as
   * they can be specified as associated attributes").
   */
  private static String effectiveEnumNames(Where w, int tag) {
    String fromRequest = enumNamesIn(w.requestItem(), tag);
    return fromRequest.isBlank() && w.keyParameters() != null ? enumNamesIn(w.keyParameters(), tag) : fromRequest;
  }

  /** Random IV True (the request's, else the key's) and no IV/Counter/Nonce in the request. */
  private static boolean serverRandomIv(Where w) {
    TtlvItem.Structure payload = w.requestItem() == null ? null
        : w.requestItem().find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class).orElse(null);
    if (payload == null || payload.find(Tag.IV_COUNTER_NONCE).isPresent()) {
      return false;
    }
    Optional<Boolean> fromRequest = payload.find(Tag.CRYPTOGRAPHIC_PARAMETERS, TtlvItem.Structure.class)
        .flatMap(p -> p.find(Tag.RANDOM_IV, TtlvItem.Bool.class)).map(TtlvItem.Bool::value);
    if (fromRequest.isPresent()) {
      return fromRequest.get();
    }
    return w.keyParameters() != null && w.keyParameters().find(Tag.RANDOM_IV, TtlvItem.Bool.class)
        .map(TtlvItem.Bool::value).orElse(false);
  }

  /** The Data of a request batch item's payload, or null. */
  static TtlvItem.Bytes requestData(TtlvItem.Structure requestItem) {
    if (requestItem == null) {
      return null;
    }
    return requestItem.find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class)
        .flatMap(p -> p.find(Tag.DATA, TtlvItem.Bytes.class)).orElse(null);
  }

  /** The names of every enumeration item with this tag under {@code root}, space-separated. */
  private static String enumNamesIn(TtlvItem root, int tag) {
    StringBuilder b = new StringBuilder();
    collect(root, tag, b);
    return b.toString();
  }

  private static void collect(TtlvItem i, int tag, StringBuilder b) {
    if (i instanceof TtlvItem.Enumeration e && e.tag() == tag) {
      String n = SpecRegistry.get().enumName(tag, e.value());
      b.append(n == null ? "" : n).append(' ');
    } else if (i instanceof TtlvItem.Structure s) {
      for (TtlvItem c : s.items()) {
        collect(c, tag, b);
      }
    }
  }
}
