package dev.clavis.conformance;

import dev.clavis.codec.ItemType;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.XmlTtlv;
import dev.clavis.codec.spec.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One OASIS test-case file, read as the ordered request/expected-response exchanges to replay.
 * The few literals known to contradict their own file are read corrected ({@link #ERRATA}).
 *
 * <p>Request <i>n</i> is answered by response <i>n</i> (KMIP conformance README, "Document
 * shape"). Where requests and responses alternate, they are paired by position. The one file
 * where they do not ({@code kmip-1.4-testcases/TC-DERIVEKEY-4-10.xml}: Destroy and Revoke
 * requests, then the Revoke and Destroy responses) is paired by operation, and the requests are
 * sent in the order of their responses — the order the reference server executed them (a
 * Destroy before the Revoke would rightly fail on an active key).
 *
 * <p>Quirk: the {@code kmip-1.0-1.2-profiles} files, rebuilt from the HTML profile documents by
 * a script, hold attribute names with runs of spaces ({@code "Cryptographic   Usage Mask"}, 45
 * times): an artefact of the rebuild, not a name any server knows. In that set, runs of
 * whitespace in Attribute Name values are read as one space.
 *
 * @param set the set folder under {@code oasis/}, e.g. {@code kmip-1.4-profiles}
 * @param name the path below the set, e.g. {@code mandatory/BL-M-1-21.xml}
 * @param exchanges the exchanges in sending order
 */
public record TestCase(String set, String name, List<Exchange> exchanges) {

  /** One request and the response the reference server gave. */
  public record Exchange(TtlvItem.Structure request, TtlvItem.Structure expected) {}

  public TestCase {
    exchanges = List.copyOf(exchanges);
  }

  /** The file name without folders, e.g. {@code BL-M-1-21.xml}. */
  public String fileName() {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  /** Reads {@code file}, which lies under {@code oasisRoot/<set>/}. */
  public static TestCase read(Path oasisRoot, Path file) throws IOException {
    Path rel = oasisRoot.relativize(file);
    String set = rel.getName(0).toString();
    String name = rel.subpath(1, rel.getNameCount()).toString().replace('\\', '/');
    List<TtlvItem> messages;
    try (InputStream in = Files.newInputStream(file)) {
      messages = new XmlTtlv().read(in);
    } catch (TtlvException e) {
      throw new IOException("cannot read " + set + "/" + name + ": " + e.getMessage(), e);
    }
    if (set.equals(REBUILT_SET)) {
      messages = messages.stream().map(TestCase::collapseAttributeNames).toList();
    }
    List<Correction> corrections = ERRATA.get(set + "/" + name);
    if (corrections != null) {
      List<TtlvItem> read = messages;
      messages = new ArrayList<>(read.size());
      for (int m = 0; m < read.size(); m++) {
        messages.add(corrected(read.get(m), m, corrections));
      }
    }
    return new TestCase(set, name, pair(messages));
  }

  /**
   * One item of a file read as another: in message {@code message} (0-based, requests and
   * responses counted in file order), or in every message if {@link #EVERY_MESSAGE}.
   */
  record Correction(int message, TtlvItem from, TtlvItem to) {}

  static final int EVERY_MESSAGE = -1;

  /**
   * Items that contradict their own file, by {@code <set>/<path>}: each item equal to a
   * correction's {@code from} is read as its {@code to}, the value the file's own request or the
   * later versions of the same test case have ({@link Tolerances.Rule#FILE_ERRATUM}).
   */
  static final Map<String, List<Correction>> ERRATA = Map.of(
      // AES-ECB of 0102…1516 under the registered key 0123…cdef (CS-BC-M-6-14, -20, -21), not
      // CS-BC-M-1's cipher text under another key.
      "kmip-1.3-profiles/mandatory/CS-BC-M-6-13.xml",
      List.of(new Correction(EVERY_MESSAGE,
          new TtlvItem.Bytes(Tag.DATA, HexFormat.of().parseHex("fd912d102dbb482f6f6e91bd57119095")),
          new TtlvItem.Bytes(Tag.DATA, HexFormat.of().parseHex("d9bcce11b0b437b90239552df3a360c9")))),
      // The last response's Protocol Version 1.3 answers a 1.4 request (every other message of the file is 1.4).
      "kmip-1.4-profiles/optional/OMOS-O-1-14.xml",
      List.of(new Correction(EVERY_MESSAGE, new TtlvItem.Int(Tag.PROTOCOL_VERSION_MINOR, 3),
          new TtlvItem.Int(Tag.PROTOCOL_VERSION_MINOR, 4))),
      // Exchange 6 gets $UNIQUE_IDENTIFIER_4 (Key Part Identifier 4); its response names
      // $UNIQUE_IDENTIFIER_1, the object of exchange 3. TC-SJ-4-20 names $UNIQUE_IDENTIFIER_4.
      "kmip-1.4-testcases/TC-SJ-4-14.xml",
      List.of(new Correction(11,
          new TtlvItem.Placeholder(Tag.UNIQUE_IDENTIFIER, ItemType.TEXT_STRING, "$UNIQUE_IDENTIFIER_1"),
          new TtlvItem.Placeholder(Tag.UNIQUE_IDENTIFIER, ItemType.TEXT_STRING, "$UNIQUE_IDENTIFIER_4"))));

  /** Whether {@link #ERRATA} corrects this file. */
  public boolean corrected() {
    return ERRATA.containsKey(set + "/" + name);
  }

  private static TtlvItem corrected(TtlvItem i, int message, List<Correction> corrections) {
    if (i instanceof TtlvItem.Structure s) {
      return new TtlvItem.Structure(s.tag(), s.items().stream().map(c -> corrected(c, message, corrections)).toList());
    }
    for (Correction c : corrections) {
      if ((c.message() == EVERY_MESSAGE || c.message() == message) && c.from().equals(i)) {
        return c.to();
      }
    }
    return i;
  }

  /** The set rebuilt from HTML, whose attribute names carry runs of spaces. */
  static final String REBUILT_SET = "kmip-1.0-1.2-profiles";

  private static TtlvItem collapseAttributeNames(TtlvItem i) {
    if (i instanceof TtlvItem.Text t && t.tag() == Tag.ATTRIBUTE_NAME) {
      return new TtlvItem.Text(t.tag(), t.value().replaceAll("\\s+", " "));
    }
    if (i instanceof TtlvItem.Structure s) {
      return new TtlvItem.Structure(s.tag(), s.items().stream().map(TestCase::collapseAttributeNames).toList());
    }
    return i;
  }

  static List<Exchange> pair(List<TtlvItem> messages) throws IOException {
    List<TtlvItem.Structure> requests = new ArrayList<>();
    List<TtlvItem.Structure> responses = new ArrayList<>();
    boolean alternating = true;
    for (int i = 0; i < messages.size(); i++) {
      TtlvItem m = messages.get(i);
      boolean request = m.tag() == Tag.REQUEST_MESSAGE;
      if (!(m instanceof TtlvItem.Structure s) || (!request && m.tag() != Tag.RESPONSE_MESSAGE)) {
        throw new IOException("message " + (i + 1) + ": tag 0x" + Integer.toHexString(m.tag())
            + " (expected: RequestMessage or ResponseMessage)");
      }
      (request ? requests : responses).add(s);
      alternating &= request == (i % 2 == 0);
    }
    if (requests.size() != responses.size() || requests.isEmpty()) {
      throw new IOException("messages: " + requests.size() + " requests and " + responses.size()
          + " responses (expected: as many of each, at least one)");
    }
    List<Exchange> out = new ArrayList<>();
    if (alternating) {
      for (int i = 0; i < requests.size(); i++) {
        out.add(new Exchange(requests.get(i), responses.get(i)));
      }
      return out;
    }
    // Not alternating: pair each response, in file order, with the first unpaired request of the
    // same operations (else the first unpaired request).
    boolean[] used = new boolean[requests.size()];
    for (TtlvItem.Structure response : responses) {
      List<Integer> ops = operations(response);
      int pick = -1;
      for (int i = 0; i < requests.size() && pick < 0; i++) {
        if (!used[i] && operations(requests.get(i)).equals(ops)) {
          pick = i;
        }
      }
      for (int i = 0; i < requests.size() && pick < 0; i++) {
        if (!used[i]) {
          pick = i;
        }
      }
      used[pick] = true;
      out.add(new Exchange(requests.get(pick), response));
    }
    return out;
  }

  /** The Operation of each batch item, in order. */
  static List<Integer> operations(TtlvItem.Structure message) {
    List<Integer> ops = new ArrayList<>();
    for (TtlvItem b : message.all(Tag.BATCH_ITEM)) {
      if (b instanceof TtlvItem.Structure item) {
        item.find(Tag.OPERATION, TtlvItem.Enumeration.class).ifPresent(e -> ops.add(e.value()));
      }
    }
    return ops;
  }
}
