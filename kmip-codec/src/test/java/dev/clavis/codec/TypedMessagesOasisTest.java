package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.spec.KmipVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every request and response message of the OASIS KMIP 1.4 and 2.1 profile test cases decodes
 * into typed messages ({@link RequestMessage}, {@link ResponseMessage}) and every batch item with
 * a typed operation decodes into its {@code <Operation>RequestPayload} / {@code
 * <Operation>ResponsePayload}; rendering them for the message's protocol version gives back the
 * same tree.
 *
 * <p>Placeholders ({@code $UNIQUE_IDENTIFIER_0}, {@code $NOW}, …) are first replaced by values of
 * their type ({@link OasisVectorsTest#substitute}): typed fields hold Java values, not
 * placeholders. Operations without typed payloads (Certify, Interop, Log, …) are checked at the
 * message level only and counted.
 */
class TypedMessagesOasisTest {

  /** Counters and failures of one run over a set of files. */
  static final class Tally {
    int files;
    int messages;
    int batchItems;
    int typedPayloads;
    final Map<String, Integer> untyped = new TreeMap<>();
    /** Per operation: typed requests and typed responses re-rendered identically. */
    final Map<String, int[]> perOperation = new TreeMap<>();
    final List<String> failures = new ArrayList<>();

    @Override
    public String toString() {
      return files + " files, " + messages + " messages, " + batchItems + " batch items, " + typedPayloads
          + " typed payloads re-rendered identically, untyped operations " + untyped + ", " + failures.size()
          + " failures";
    }
  }

  static Tally run(String set) throws IOException {
    Path dir = OasisVectorsTest.oasisDir().resolve(set);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    XmlTtlv xml = new XmlTtlv();
    Tally t = new Tally();
    for (Path f : files) {
      t.files++;
      List<TtlvItem> items;
      try (InputStream in = Files.newInputStream(f)) {
        items = xml.read(in);
      }
      int n = 0;
      for (TtlvItem raw : items) {
        n++;
        t.messages++;
        TtlvItem m = collapseAttributeNames(OasisVectorsTest.substitute(raw));
        String where = dir.relativize(f) + " message " + n;
        try {
          check(m, t, where);
        } catch (KmipException | AssertionError | IllegalArgumentException | NullPointerException e) {
          t.failures.add(where + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
    }
    return t;
  }

  /**
   * The 1.0–1.2 files (rebuilt from HTML) write some Attribute Names with runs of spaces
   * ("Cryptographic   Usage Mask"); the decoder reads them as the spec name and renders the spec
   * name, so the expected tree is compared with the spaces collapsed.
   */
  static TtlvItem collapseAttributeNames(TtlvItem item) {
    return switch (item) {
      case TtlvItem.Structure st -> new TtlvItem.Structure(
          st.tag(), st.items().stream().map(TypedMessagesOasisTest::collapseAttributeNames).toList());
      case TtlvItem.Text tx when tx.tag() == 0x42000A -> new TtlvItem.Text(tx.tag(), tx.value().replaceAll(" {2,}", " "));
      default -> item;
    };
  }

  static void check(TtlvItem m, Tally t, String where) {
    if (m.tag() == 0x420078) {
      RequestMessage rm = RequestMessage.fromTtlv(m);
      assertThat(rm.toTtlv()).as(where + " request re-rendered").isEqualTo(m);
      KmipVersion v = rm.version();
      for (RequestBatchItem b : rm.batchItems()) {
        t.batchItems++;
        if (!Payloads.supported().contains(b.operation())) {
          t.untyped.merge(b.operation().toString(), 1, Integer::sum);
          continue;
        }
        RequestPayload p = b.payload(v);
        assertThat(p.toTtlv(v)).as(where + " " + b.operation() + " request payload " + p).isEqualTo(b.payload());
        t.typedPayloads++;
        t.perOperation.computeIfAbsent(b.operation().toString(), k -> new int[2])[0]++;
      }
    } else {
      ResponseMessage rm = ResponseMessage.fromTtlv(m);
      assertThat(rm.toTtlv()).as(where + " response re-rendered").isEqualTo(m);
      KmipVersion v = rm.version();
      for (ResponseBatchItem b : rm.batchItems()) {
        t.batchItems++;
        if (b.payload() == null) {
          continue;
        }
        if (!Payloads.supported().contains(b.operation())) {
          t.untyped.merge(String.valueOf(b.operation()), 1, Integer::sum);
          continue;
        }
        ResponsePayload p = b.payload(v);
        assertThat(p.toTtlv(v)).as(where + " " + b.operation() + " response payload " + p).isEqualTo(b.payload());
        t.typedPayloads++;
        t.perOperation.computeIfAbsent(b.operation().toString(), k -> new int[2])[1]++;
      }
    }
  }

  static void report(String set, Tally t) {
    System.out.println("Typed OASIS " + set + ": " + t);
    StringBuilder ops = new StringBuilder("  per operation (requests/responses):");
    t.perOperation.forEach((op, n) -> ops.append(' ').append(op).append('=').append(n[0]).append('/').append(n[1]));
    System.out.println(ops);
    t.failures.stream().limit(60).forEach(f -> System.out.println("  FAIL " + f));
  }

  /**
   * Every typed operation appears, as request and as response, somewhere in the OASIS sets —
   * except the five no OASIS file exercises (Archive, Recover, Cancel, Poll, Re-key Key Pair),
   * which {@link HandBuiltPayloadsTest} covers with trees built from the spec tables.
   */
  @Test
  void everyTypedOperationIsExercisedByTheOasisSets() throws IOException {
    Map<String, int[]> all = new TreeMap<>();
    for (String set : List.of("kmip-1.4-profiles", "kmip-2.1-profiles", "kmip-1.0-1.2-profiles", "kmip-1.3-profiles",
        "kmip-2.0-profiles", "kmip-1.3-testcases", "kmip-1.4-testcases", "kmip-2.0-testcases", "kmip-2.1-testcases")) {
      run(set).perOperation.forEach((op, n) -> {
        int[] a = all.computeIfAbsent(op, k -> new int[2]);
        a[0] += n[0];
        a[1] += n[1];
      });
    }
    StringBuilder ops = new StringBuilder("Typed OASIS all sets, per operation (requests/responses):");
    all.forEach((op, n) -> ops.append(' ').append(op).append('=').append(n[0]).append('/').append(n[1]));
    System.out.println(ops);
    List<String> missing = new ArrayList<>();
    for (var op : Payloads.supported()) {
      int[] n = all.getOrDefault(op.toString(), new int[2]);
      if (n[0] == 0 || n[1] == 0) {
        missing.add(op + "=" + n[0] + "/" + n[1]);
      }
    }
    assertThat(missing).as("operations without a typed request and response in the OASIS sets")
        .containsExactlyInAnyOrder("ARCHIVE=0/0", "RECOVER=0/0", "CANCEL=0/0", "POLL=0/0", "RE_KEY_KEY_PAIR=0/0",
            "OBTAIN_LEASE=0/0");
  }

  /**
   * Without substitution, placeholders pass through as values wherever the model keeps items:
   * every request message of the 1.4 and 2.1 profiles re-renders identically at the message
   * level with its {@code $…} items in place, and typed payloads whose placeholders sit in
   * attribute values or raw sub-structures (e.g. {@code ActivationDate = $NOW-3600}) do too.
   */
  @Test
  void placeholdersPassThroughWhereValuesStayItems() throws IOException {
    XmlTtlv xml = new XmlTtlv();
    int requests = 0;
    int withPlaceholders = 0;
    int typedWithPlaceholders = 0;
    for (String set : List.of("kmip-1.4-profiles", "kmip-2.1-profiles")) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(OasisVectorsTest.oasisDir().resolve(set))) {
        files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
      }
      for (Path f : files) {
        List<TtlvItem> items;
        try (InputStream in = Files.newInputStream(f)) {
          items = xml.read(in);
        }
        for (TtlvItem m : items) {
          if (m.tag() != 0x420078) {
            continue;
          }
          requests++;
          RequestMessage rm = RequestMessage.fromTtlv(m);
          assertThat(rm.toTtlv()).as(f.toString()).isEqualTo(m);
          if (!OasisVectorsTest.hasPlaceholder(m)) {
            continue;
          }
          withPlaceholders++;
          for (RequestBatchItem b : rm.batchItems()) {
            if (!OasisVectorsTest.hasPlaceholder(b.payload()) || !Payloads.supported().contains(b.operation())) {
              continue;
            }
            RequestPayload p;
            try {
              p = b.payload(rm.version());
            } catch (KmipException e) {
              // A placeholder in a typed field (a Unique Identifier, a Data byte string …).
              assertThat(e.reason()).isEqualTo(dev.clavis.codec.spec.ResultReason.INVALID_MESSAGE);
              assertThat(e.getMessage()).contains("has type");
              continue;
            }
            assertThat(p.toTtlv(rm.version())).isEqualTo(b.payload());
            typedWithPlaceholders++;
          }
        }
      }
    }
    System.out.printf("Typed OASIS placeholders: %d request messages re-rendered identically, %d of them with"
        + " placeholders in place; %d typed payloads decoded and re-rendered with placeholders in place%n",
        requests, withPlaceholders, typedWithPlaceholders);
    assertThat(withPlaceholders).isPositive();
    assertThat(typedWithPlaceholders).isPositive();
  }

  /** Tags in {@code item} (recursively) that protocol version {@code v} does not define. */
  static void newerTags(TtlvItem item, KmipVersion v, java.util.Set<String> out) {
    if (!AttributeNames.tagIn(item.tag(), v)) {
      out.add(AttributeNames.name(item.tag()));
    }
    if (item instanceof TtlvItem.Structure st) {
      st.items().forEach(c -> newerTags(c, v, out));
    }
  }

  /**
   * Every typed payload of the 1.4 and 2.1 profiles, rendered for every version from 1.0 to 2.1
   * that has its operation, holds no tag newer than that version — the DESIGN §4 promise, checked on real payloads.
   */
  @Test
  void renderingForAnOlderVersionHoldsNoNewerTag() throws IOException {
    XmlTtlv xml = new XmlTtlv();
    int rendered = 0;
    java.util.Set<String> problems = new java.util.TreeSet<>();
    for (String set : List.of("kmip-1.4-profiles", "kmip-2.1-profiles")) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(OasisVectorsTest.oasisDir().resolve(set))) {
        files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
      }
      for (Path f : files) {
        List<TtlvItem> items;
        try (InputStream in = Files.newInputStream(f)) {
          items = xml.read(in);
        }
        for (TtlvItem raw : items) {
          TtlvItem m = OasisVectorsTest.substitute(raw);
          List<Object> payloads = new ArrayList<>();
          KmipVersion from;
          if (m.tag() == 0x420078) {
            RequestMessage rm = RequestMessage.fromTtlv(m);
            from = rm.version();
            for (RequestBatchItem b : rm.batchItems()) {
              if (Payloads.supported().contains(b.operation())) {
                payloads.add(b.payload(from));
              }
            }
          } else {
            ResponseMessage rm = ResponseMessage.fromTtlv(m);
            from = rm.version();
            for (ResponseBatchItem b : rm.batchItems()) {
              if (b.payload() != null && Payloads.supported().contains(b.operation())) {
                payloads.add(b.payload(from));
              }
            }
          }
          for (Object p : payloads) {
            dev.clavis.codec.spec.Operation op =
                p instanceof RequestPayload rq ? rq.operation() : ((ResponsePayload) p).operation();
            for (KmipVersion v : KmipVersion.values()) {
              if (!v.atLeast(op.since())) {
                continue; // the operation itself does not exist in v (Encrypt before 1.2 …)
              }
              TtlvItem.Structure out = p instanceof RequestPayload rq ? rq.toTtlv(v) : ((ResponsePayload) p).toTtlv(v);
              java.util.Set<String> newer = new java.util.TreeSet<>();
              newerTags(out, v, newer);
              newer.forEach(n -> problems.add(p.getClass().getSimpleName() + " for " + v + ": " + n));
              rendered++;
            }
          }
        }
      }
    }
    System.out.println("Typed OASIS version rendering: " + rendered + " payload renderings checked, " + problems.size()
        + " with a newer tag " + problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void kmip14ProfilesDecodeAndReRenderIdentically() throws IOException {
    Tally t = run("kmip-1.4-profiles");
    report("kmip-1.4-profiles", t);
    assertThat(t.files).isEqualTo(75);
    assertThat(t.failures).isEmpty();
  }

  @Test
  void kmip21ProfilesDecodeAndReRenderIdentically() throws IOException {
    Tally t = run("kmip-2.1-profiles");
    report("kmip-2.1-profiles", t);
    assertThat(t.files).isEqualTo(93);
    assertThat(t.failures).isEmpty();
  }

  /**
   * The other OASIS sets (older profiles, test-case notes) decode and re-render too, including
   * the Template object (KMIP 1.4 §2.2.6, deprecated since 1.3) registered by SASED-M-2-13.
   */
  @Test
  void otherSetsDecodeAndReRenderIdentically() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String set : List.of("kmip-1.0-1.2-profiles", "kmip-1.3-profiles", "kmip-2.0-profiles", "kmip-1.3-testcases",
        "kmip-1.4-testcases", "kmip-2.0-testcases", "kmip-2.1-testcases")) {
      Tally t = run(set);
      report(set, t);
      assertThat(t.typedPayloads).isPositive();
      t.failures.forEach(f -> failures.add(set + "/" + f));
    }
    assertThat(failures).isEmpty();
  }
}
