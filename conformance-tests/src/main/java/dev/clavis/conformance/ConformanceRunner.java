package dev.clavis.conformance;

import dev.clavis.codec.SpecRegistry;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.XmlTtlv;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.Tag;
import dev.clavis.conformance.FileResult.Status;
import dev.clavis.conformance.Tolerances.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replays OASIS test-case files against a KMIP server: for each file, one TLS connection; each
 * request is sent with its placeholders resolved, and the response compared with the expected
 * one ({@link ResponseComparator}); the file stops at the first difference. One runner may serve
 * many files (it remembers the answer to the alternative-outcome group CS-RNG-O-1..4).
 */
public final class ConformanceRunner {

  /** The exchanges of one file get at most this long in total. */
  public static final java.time.Duration FILE_DEADLINE = java.time.Duration.ofMinutes(5);

  private static final Pattern RNG_SEED_ALTERNATIVE = Pattern.compile("CS-RNG-O-([1-4])-(\\d\\d)\\.xml");

  private final Path oasisRoot;
  private final SkipList skips;
  private final Clock clock;
  private final int maxResponseBytes;
  /** CS-RNG-O group (set + version) → the file whose answer the server gave first. */
  private final Map<String, String> alternativeAnswers = new ConcurrentHashMap<>();
  private Path traceDir;
  /** Files in a row that timed out or could not connect; past the limit, files are not run. */
  private final java.util.concurrent.atomic.AtomicInteger unreachableInARow = new java.util.concurrent.atomic.AtomicInteger();
  private volatile String lastUnreachable = "";
  /**
   * Identifiers of the objects the server generated, and the Cryptographic Parameters the files
   * gave objects: kept across files, since files of a sequence use what earlier ones left
   * (TL-M-3 gets the key TL-M-2 created). Identifiers are the server's, unique across files.
   */
  private final Set<String> generated = ConcurrentHashMap.newKeySet();
  private final Map<String, TtlvItem.Structure> keyParameters = new ConcurrentHashMap<>();
  /**
   * The set whose files ran last, the objects the server created for them and the protocol
   * version they spoke: when a file of another set comes, those objects are revoked and destroyed
   * ({@link #cleanUpSet}).
   */
  private String currentSet;
  private final Set<String> createdInSet = ConcurrentHashMap.newKeySet();
  private volatile TtlvItem.Structure setProtocolVersion;
  /** One TLS context per target, so that connections after the first resume the session. */
  private final Map<KmipEndpoint, javax.net.ssl.SSLContext> contexts = new ConcurrentHashMap<>();

  /** After this many files in a row time out or cannot connect, the rest fail at once. */
  public static final int MAX_UNREACHABLE_IN_A_ROW = 5;

  public ConformanceRunner(Path oasisRoot, SkipList skips, Clock clock, int maxResponseBytes) {
    this.oasisRoot = oasisRoot.toAbsolutePath().normalize();
    this.skips = skips;
    this.clock = clock;
    this.maxResponseBytes = maxResponseBytes;
  }

  public ConformanceRunner(Path oasisRoot) {
    this(oasisRoot, SkipList.standard(), Clock.systemUTC(), KmipConnection.DEFAULT_MAX_RESPONSE_BYTES);
  }

  /**
   * Also writes, per file, {@code <dir>/<set>/<name>.trace.xml}: every request sent, expected
   * response and actual response, in the KMIP XML encoding with Byte Strings and Big Integers
   * redacted (lengths only).
   */
  public ConformanceRunner withTrace(Path dir) {
    this.traceDir = dir;
    return this;
  }

  public Path oasisRoot() {
    return oasisRoot;
  }

  public SkipList skips() {
    return skips;
  }

  /**
   * Every test-case file under the root, sorted by set then path, except that within a set the
   * files named {@code *-SETUP-*} come first and {@code *-CLEANUP-*} last: the 1.3 Test Cases'
   * one-time-pad group registers its object in TC-OTP-SETUP-1-13 and removes it in
   * TC-OTP-CLEANUP-1-13, around TC-OTP-1..5-13 that use it.
   */
  public List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(oasisRoot)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
          .filter(p -> oasisRoot.relativize(p).getNameCount() >= 2)
          .sorted(java.util.Comparator.comparing((Path p) -> setOf(p)).thenComparing(ConformanceRunner::phase)
              .thenComparing(java.util.Comparator.naturalOrder()))
          .toList();
    }
  }

  private static int phase(Path file) {
    String name = file.getFileName().toString();
    return name.contains("-SETUP-") ? 0 : name.contains("-CLEANUP-") ? 2 : 1;
  }

  /**
   * Files run at the start of a set, before its own, their results not reported: the 1.4 Test
   * Cases document's one-time-pad cases (TC-OTP-1..5-14) locate the object the 1.3 document's
   * setup registers and have no setup of their own.
   */
  private static final Map<String, List<String>> SET_SETUPS = Map.of(
      "kmip-1.4-testcases", List.of("kmip-1.3-testcases/TC-OTP-SETUP-1-13.xml"));

  /** The set folder of a file under the root, e.g. {@code kmip-2.1-profiles}. */
  public String setOf(Path file) {
    return oasisRoot.relativize(file.toAbsolutePath().normalize()).getName(0).toString();
  }

  /** The path of a file below its set, e.g. {@code mandatory/BL-M-1-21.xml}. */
  public String nameOf(Path file) {
    Path rel = oasisRoot.relativize(file.toAbsolutePath().normalize());
    return rel.subpath(1, rel.getNameCount()).toString().replace('\\', '/');
  }

  /** Runs one file against {@code target}. Never throws for a server's fault: that is a failure. */
  public FileResult run(Path file, KmipEndpoint target) {
    if (unreachableInARow.get() >= MAX_UNREACHABLE_IN_A_ROW && skips.reason(setOf(file), nameOf(file)).isEmpty()) {
      return FileResult.fail("not run: " + MAX_UNREACHABLE_IN_A_ROW + " files in a row timed out or could not connect"
          + " (last: " + lastUnreachable + ")", 0, 0, java.util.Set.of());
    }
    String set = setOf(file);
    if (currentSet != null && !currentSet.equals(set)) {
      cleanUpSet(target);
    }
    if (!set.equals(currentSet)) {
      currentSet = set;
      for (String setup : SET_SETUPS.getOrDefault(set, List.of())) {
        Path f = oasisRoot.resolve(setup);
        if (Files.isRegularFile(f)) {
          run(f, target, new Trace());
        }
      }
    }
    Trace trace = new Trace();
    FileResult r = run(file, target, trace);
    boolean unreachable = r.status() == Status.FAIL
        && (r.detail().contains("SocketTimeoutException") || r.detail().startsWith("cannot connect"));
    if (unreachable) {
      unreachableInARow.incrementAndGet();
      lastUnreachable = r.detail();
    } else if (r.status() != Status.SKIP) {
      unreachableInARow.set(0);
    }
    if (traceDir != null && r.status() != Status.SKIP) {
      trace.write(traceDir.resolve(setOf(file)).resolve(nameOf(file).replace(".xml", ".trace.xml")), r);
    }
    return r;
  }

  private FileResult run(Path file, KmipEndpoint target, Trace trace) {
    String set = setOf(file);
    String name = nameOf(file);
    var skip = skips.reason(set, name);
    if (skip.isPresent()) {
      return FileResult.skip(skip.get(), 0);
    }
    TestCase tc;
    try {
      tc = TestCase.read(oasisRoot, file.toAbsolutePath().normalize());
    } catch (IOException | RuntimeException e) {
      return FileResult.fail("cannot read the file: " + e.getMessage(), 0, 0, Set.of());
    }
    List<TestCase.Exchange> alternatives = alternatives(file);
    Placeholders placeholders = new Placeholders(clock);
    ResponseComparator comparator = new ResponseComparator(placeholders, generated, keyParameters);
    if (tc.corrected()) {
      comparator.applied(Rule.FILE_ERRATUM);
    }
    int total = tc.exchanges().size();
    long deadline = System.nanoTime() + FILE_DEADLINE.toNanos();
    try (KmipConnection c = target.connect(context(target), maxResponseBytes)) {
      for (int i = 0; i < total; i++) {
        TestCase.Exchange x = tc.exchanges().get(i);
        String step = "exchange " + (i + 1) + "/" + total + " (" + operations(x.request()) + ")";
        if (System.nanoTime() > deadline) {
          return FileResult.fail(step + ": file deadline of " + FILE_DEADLINE + " passed", total, i, comparator.applied());
        }
        TtlvItem.Structure request;
        try {
          request = (TtlvItem.Structure) placeholders.resolve(x.request());
        } catch (Placeholders.UnboundPlaceholderException | IllegalStateException e) {
          return FileResult.fail(step + ": " + e.getMessage(), total, i, comparator.applied());
        }
        TtlvItem actual;
        trace.add("request " + (i + 1) + " (sent)", request);
        trace.add("response " + (i + 1) + " (expected)", x.expected());
        try {
          actual = c.exchange(request);
          trace.add("response " + (i + 1) + " (actual)", actual);
        } catch (TtlvException e) {
          return FileResult.fail(step + ": response is not valid TTLV: " + e.getMessage(), total, i, comparator.applied());
        } catch (IOException e) {
          return FileResult.fail(step + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), total, i,
              comparator.applied());
        }
        // Before comparing: a later batch item of this response (e.g. Get after Create) may need them.
        noteGenerated(request, actual, generated);
        noteParameters(request, actual, keyParameters);
        noteCreated(request, actual, createdInSet);
        request.find(Tag.REQUEST_HEADER, TtlvItem.Structure.class)
            .flatMap(h -> h.find(Tag.PROTOCOL_VERSION, TtlvItem.Structure.class)).ifPresent(v -> setProtocolVersion = v);
        Difference d;
        String alternativeNote = "";
        if (alternatives.isEmpty()) {
          d = comparator.compare(request, x.expected(), actual);
        } else {
          AlternativeOutcome a = matchAlternative(file, alternatives, request, actual, placeholders, comparator, x);
          d = a.difference();
          alternativeNote = a.note();
        }
        if (d != null) {
          cleanUp(tc, i + 1, c, placeholders, deadline);
          return FileResult.fail(step + ": " + d, total, i, comparator.applied());
        }
        placeholders.sawResponse(actual);
        if (i == total - 1) {
          String summary = total + " exchange" + (total == 1 ? "" : "s") + " matched over " + c.protocol() + alternativeNote;
          return new FileResult(Status.PASS, summary, total, total, comparator.applied());
        }
      }
      return new FileResult(Status.PASS, "no exchanges", total, total, comparator.applied());
    } catch (IOException e) {
      return FileResult.fail("cannot connect to " + target + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(),
          total, 0, Set.of());
    }
  }

  /**
   * After a file stopped at a difference, sends its remaining requests made only of Revoke and
   * Destroy (the file's own clean-up), answers ignored: the objects a failed file created would
   * otherwise stay on the server and show up in later files' Locate results (TC-OFFSET's group
   * and date window). The file still fails; a request whose placeholders are unbound is left out.
   */
  private static void cleanUp(TestCase tc, int from, KmipConnection c, Placeholders placeholders, long deadline) {
    for (int j = from; j < tc.exchanges().size() && System.nanoTime() < deadline; j++) {
      TtlvItem.Structure message = tc.exchanges().get(j).request();
      List<Integer> ops = TestCase.operations(message);
      if (ops.isEmpty() || !ops.stream().allMatch(op -> op == Operation.REVOKE.value() || op == Operation.DESTROY.value())) {
        continue;
      }
      try {
        c.exchange((TtlvItem.Structure) placeholders.resolve(message));
      } catch (Placeholders.UnboundPlaceholderException | IllegalStateException | TtlvException e) {
        // best effort: nothing more to clean with this request
      } catch (IOException e) {
        return;
      }
    }
  }

  /**
   * Each OASIS document (a set) is a run of its own against a server in its initial state: files
   * of a set build on each other (SASED-M-2 registers what SASED-M-3 locates), but nothing of a
   * set is meant to reach the next one, whose Locate requests would find it (BL-M-4-21's date
   * range finds a Secret Data that kmip-2.0-testcases/TC-IMPEXP-3-20 leaves). So when the files
   * of a set are done, every object the server created for them (a Unique Identifier in the
   * response to a creating operation) is revoked and destroyed, in the set's protocol version,
   * answers ignored: an object already destroyed, or one a file left unrevocable, stays as it is.
   */
  private void cleanUpSet(KmipEndpoint target) {
    List<String> uids = List.copyOf(createdInSet);
    createdInSet.clear();
    TtlvItem.Structure version = setProtocolVersion;
    if (uids.isEmpty() || version == null) {
      return;
    }
    long deadline = System.nanoTime() + FILE_DEADLINE.toNanos();
    try (KmipConnection c = target.connect(context(target), maxResponseBytes)) {
      for (String uid : uids) {
        if (System.nanoTime() > deadline) {
          return;
        }
        c.exchange(singleRequest(version, Operation.REVOKE, TtlvItem.text(Tag.UNIQUE_IDENTIFIER, uid),
            TtlvItem.structure(Tag.REVOCATION_REASON, TtlvItem.enumeration(Tag.REVOCATION_REASON_CODE,
                dev.clavis.codec.spec.RevocationReasonCode.CESSATION_OF_OPERATION.value()))));
        c.exchange(singleRequest(version, Operation.DESTROY, TtlvItem.text(Tag.UNIQUE_IDENTIFIER, uid)));
      }
    } catch (IOException | TtlvException e) {
      // best effort: the next set may then see what is left, as before
    }
  }

  private static TtlvItem.Structure singleRequest(TtlvItem.Structure version, Operation op, TtlvItem... payload) {
    return TtlvItem.structure(Tag.REQUEST_MESSAGE,
        TtlvItem.structure(Tag.REQUEST_HEADER, version, TtlvItem.integer(Tag.BATCH_COUNT, 1)),
        TtlvItem.structure(Tag.BATCH_ITEM, TtlvItem.enumeration(Tag.OPERATION, op.value()),
            TtlvItem.structure(Tag.REQUEST_PAYLOAD, payload)));
  }

  /** Operations whose successful response names objects the server created. */
  private static final Set<Integer> CREATING_OPERATIONS = Set.of(Operation.CREATE.value(),
      Operation.CREATE_KEY_PAIR.value(), Operation.REGISTER.value(), Operation.RE_KEY.value(),
      Operation.RE_KEY_KEY_PAIR.value(), Operation.DERIVE_KEY.value(), Operation.CERTIFY.value(),
      Operation.RE_CERTIFY.value(), Operation.CREATE_SPLIT_KEY.value(), Operation.JOIN_SPLIT_KEY.value(),
      Operation.IMPORT.value());

  /** Remembers the objects the server created for the current set ({@link #cleanUpSet}). */
  private static void noteCreated(TtlvItem.Structure request, TtlvItem actual, Set<String> created) {
    noteIdentifiers(request, actual, (op, requestItem) -> CREATING_OPERATIONS.contains(op), created);
  }

  /**
   * Adds to {@code out} the Unique Identifiers (and Private / Public Key Unique Identifiers) of
   * the response payloads of the batch items {@code include} accepts (operation, request item).
   */
  private static void noteIdentifiers(TtlvItem.Structure request, TtlvItem actual,
      java.util.function.BiPredicate<Integer, TtlvItem> include, Set<String> out) {
    if (!(actual instanceof TtlvItem.Structure response)) {
      return;
    }
    List<TtlvItem> reqItems = request.all(Tag.BATCH_ITEM);
    List<TtlvItem> respItems = response.all(Tag.BATCH_ITEM);
    for (int i = 0; i < respItems.size(); i++) {
      if (!(respItems.get(i) instanceof TtlvItem.Structure item)) {
        continue;
      }
      int op = item.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value)
          .orElse(i < reqItems.size() && reqItems.get(i) instanceof TtlvItem.Structure r
              ? r.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value).orElse(-1) : -1);
      if (!include.test(op, i < reqItems.size() ? reqItems.get(i) : null)) {
        continue;
      }
      item.find(Tag.RESPONSE_PAYLOAD, TtlvItem.Structure.class).ifPresent(p -> {
        for (TtlvItem c : p.items()) {
          if (c instanceof TtlvItem.Text t && (c.tag() == Tag.UNIQUE_IDENTIFIER
              || c.tag() == Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER || c.tag() == Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER)) {
            out.add(t.value());
          }
        }
      });
    }
  }


  /** The messages of one file run, for {@link #withTrace(Path)}. */
  private static final class Trace {
    private final StringBuilder xml = new StringBuilder();

    void add(String what, TtlvItem message) {
      xml.append("<!-- ").append(what).append(" -->\n");
      try {
        xml.append(new XmlTtlv().write(redacted(message))).append('\n');
      } catch (RuntimeException e) {
        xml.append("<!-- cannot write as XML: ").append(e.getMessage()).append(" -->\n");
      }
    }

    void write(Path to, FileResult r) {
      try {
        Files.createDirectories(to.getParent());
        String head = "<!-- " + r.status().label() + ": " + r.detail().replace("--", "- -") + " -->\n<KMIP>\n";
        Files.writeString(to, head + xml + "</KMIP>\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private static TtlvItem redacted(TtlvItem i) {
      return switch (i) {
        case TtlvItem.Structure s -> new TtlvItem.Structure(s.tag(), s.items().stream().map(Trace::redacted).toList());
        case TtlvItem.Bytes b -> new TtlvItem.Placeholder(b.tag(), b.type(), "$REDACTED_" + b.byteCount() + "_BYTES");
        case TtlvItem.BigInt b -> new TtlvItem.Placeholder(b.tag(), b.type(), "$REDACTED_" + b.value().bitLength() + "_BITS");
        default -> i;
      };
    }
  }

  // ---------------------------------------------------------------- CS-RNG-O-1..4

  private record AlternativeOutcome(Difference difference, String note) {}

  /** The expected responses of the four CS-RNG-O files of {@code file}'s group, or none. */
  private List<TestCase.Exchange> alternatives(Path file) {
    Matcher m = RNG_SEED_ALTERNATIVE.matcher(file.getFileName().toString());
    if (!m.matches()) {
      return List.of();
    }
    List<TestCase.Exchange> out = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      Path sibling = file.resolveSibling("CS-RNG-O-" + k + "-" + m.group(2) + ".xml");
      try {
        TestCase t = TestCase.read(oasisRoot, sibling.toAbsolutePath().normalize());
        if (t.exchanges().size() != 1) {
          return List.of();
        }
        out.add(t.exchanges().get(0));
      } catch (IOException e) {
        return List.of(); // an incomplete group: compare with the file alone
      }
    }
    return out;
  }

  private AlternativeOutcome matchAlternative(Path file, List<TestCase.Exchange> alternatives, TtlvItem.Structure request,
      TtlvItem actual, Placeholders placeholders, ResponseComparator comparator, TestCase.Exchange own) {
    Matcher m = RNG_SEED_ALTERNATIVE.matcher(file.getFileName().toString());
    m.matches();
    String group = setOf(file) + "/CS-RNG-O-*-" + m.group(2);
    for (int k = 1; k <= 4; k++) {
      Object snapshot = placeholders.snapshot();
      if (comparator.compare(request, alternatives.get(k - 1).expected(), actual) == null) {
        String answer = "CS-RNG-O-" + k + "-" + m.group(2);
        String first = alternativeAnswers.putIfAbsent(group, answer);
        if (first != null && !first.equals(answer)) {
          return new AlternativeOutcome(new Difference("ResponseMessage",
              "answered as in " + answer + " (expected: the same behaviour as for an earlier file of the group, "
                  + first + "; " + Rule.RNG_SEED_ALTERNATIVES + ")"), "");
        }
        return new AlternativeOutcome(null, ", answered as in " + answer + " (" + Rule.RNG_SEED_ALTERNATIVES + ")");
      }
      placeholders.restore(snapshot);
    }
    return new AlternativeOutcome(comparator.compare(request, own.expected(), actual), "");
  }

  // ---------------------------------------------------------------- helpers

  private javax.net.ssl.SSLContext context(KmipEndpoint target) throws IOException {
    javax.net.ssl.SSLContext ctx = contexts.get(target);
    if (ctx == null) {
      ctx = target.sslContext();
      contexts.put(target, ctx);
    }
    return ctx;
  }

  /** Remembers the objects a generating operation created (their key material is fresh). */
  static void noteGenerated(TtlvItem.Structure request, TtlvItem actual, Set<String> generated) {
    noteIdentifiers(request, actual, (op, requestItem) -> Tolerances.GENERATING_OPERATIONS.contains(op)
        || op == Operation.DERIVE_KEY.value() && derivedFromGenerated(requestItem, generated), generated);
  }

  /**
   * Whether a Derive Key request item names, among its base objects, one the server generated: the
   * derived key is then a function of fresh random material ({@link Tolerances.Rule#GENERATED_KEY_MATERIAL}).
   */
  static boolean derivedFromGenerated(TtlvItem requestItem, Set<String> generated) {
    if (!(requestItem instanceof TtlvItem.Structure r)) {
      return false;
    }
    return r.find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class).map(p -> p.all(Tag.UNIQUE_IDENTIFIER).stream()
        .anyMatch(u -> u instanceof TtlvItem.Text t && generated.contains(t.value()))).orElse(false);
  }

  /** Operations whose request may give an object its Cryptographic Parameters attribute. */
  private static final Set<Integer> SETTING_PARAMETERS = Set.of(Operation.REGISTER.value(), Operation.CREATE.value(),
      Operation.CREATE_KEY_PAIR.value(), Operation.ADD_ATTRIBUTE.value(), Operation.MODIFY_ATTRIBUTE.value(),
      Operation.SET_ATTRIBUTE.value());

  /**
   * Remembers the Cryptographic Parameters attribute the file gave each object, for the
   * operations that omit them from the request and use the key's ({@link Tolerances.Rule#RANDOMIZED_CRYPTO}).
   */
  private static void noteParameters(TtlvItem.Structure request, TtlvItem actual, Map<String, TtlvItem.Structure> out) {
    if (!(actual instanceof TtlvItem.Structure response)) {
      return;
    }
    List<TtlvItem> reqItems = request.all(Tag.BATCH_ITEM);
    List<TtlvItem> respItems = response.all(Tag.BATCH_ITEM);
    for (int i = 0; i < respItems.size() && i < reqItems.size(); i++) {
      if (!(respItems.get(i) instanceof TtlvItem.Structure item) || !(reqItems.get(i) instanceof TtlvItem.Structure req)) {
        continue;
      }
      int op = req.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value).orElse(-1);
      if (!SETTING_PARAMETERS.contains(op)) {
        continue;
      }
      TtlvItem.Structure params = req.find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class)
          .map(ConformanceRunner::cryptographicParameters).orElse(null);
      if (params == null) {
        continue;
      }
      item.find(Tag.RESPONSE_PAYLOAD, TtlvItem.Structure.class).ifPresent(p -> {
        for (TtlvItem c : p.items()) {
          if (c instanceof TtlvItem.Text t && (c.tag() == Tag.UNIQUE_IDENTIFIER
              || c.tag() == Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER || c.tag() == Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER)) {
            out.put(t.value(), params);
          }
        }
      });
    }
  }

  /**
   * The first Cryptographic Parameters under {@code i}: a KMIP 2.x Cryptographic Parameters
   * structure, or the value of a KMIP 1.x Attribute of that name.
   */
  static TtlvItem.Structure cryptographicParameters(TtlvItem i) {
    if (!(i instanceof TtlvItem.Structure s)) {
      return null;
    }
    if (s.tag() == Tag.CRYPTOGRAPHIC_PARAMETERS) {
      return s;
    }
    if (s.tag() == Tag.ATTRIBUTE && s.find(Tag.ATTRIBUTE_NAME, TtlvItem.Text.class)
        .map(n -> n.value().equals("Cryptographic Parameters")).orElse(false)) {
      return s.find(Tag.ATTRIBUTE_VALUE, TtlvItem.Structure.class)
          .map(v -> new TtlvItem.Structure(Tag.CRYPTOGRAPHIC_PARAMETERS, v.items())).orElse(null);
    }
    for (TtlvItem c : s.items()) {
      TtlvItem.Structure found = cryptographicParameters(c);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** "Create, GetAttributes": the operations of a message's batch items. */
  static String operations(TtlvItem.Structure message) {
    List<String> names = new ArrayList<>();
    for (int op : TestCase.operations(message)) {
      String n = SpecRegistry.get().enumName(Tag.OPERATION, op);
      names.add(n != null ? n : Operation.class.getSimpleName() + " 0x" + Integer.toHexString(op));
    }
    return names.isEmpty() ? "no operation" : String.join(", ", names);
  }
}
