package dev.clavis.conformance;

import dev.clavis.codec.SpecRegistry;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import dev.clavis.conformance.Tolerances.Check;
import dev.clavis.conformance.Tolerances.Order;
import dev.clavis.conformance.Tolerances.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a server's response message with the expected one of a test-case file, item by item,
 * and reports the first difference with its path. Exact everywhere except where
 * {@link Tolerances} names a rule; {@code $…} placeholders are matched (and bound) by
 * {@link Placeholders}.
 */
public final class ResponseComparator {

  private final Placeholders placeholders;
  private final Set<String> generatedIds;
  private final Map<String, TtlvItem.Structure> keyParameters;
  private final EnumSet<Rule> applied = EnumSet.noneOf(Rule.class);

  /**
   * @param placeholders the file's bindings (updated as responses bind new placeholders)
   * @param generatedIds identifiers of objects the server generated with fresh key material
   * @param keyParameters by object identifier, the Cryptographic Parameters attribute the file gave it
   */
  public ResponseComparator(Placeholders placeholders, Set<String> generatedIds,
      Map<String, TtlvItem.Structure> keyParameters) {
    this.placeholders = placeholders;
    this.generatedIds = generatedIds;
    this.keyParameters = keyParameters;
  }

  public ResponseComparator(Placeholders placeholders, Set<String> generatedIds) {
    this(placeholders, generatedIds, Map.of());
  }

  /** Records a tolerance applied outside the comparison (e.g. when the file was read). */
  void applied(Rule rule) {
    applied.add(rule);
  }

  /** The tolerances that were needed so far (for the report). */
  public Set<Rule> applied() {
    return Set.copyOf(applied);
  }

  /** Where an item sits while comparing; immutable, so trial comparisons share nothing. */
  private record Node(Node parent, int tag, String label, int effectiveTag, int operation,
      TtlvItem.Structure requestItem, boolean generated, String keyFormat, TtlvItem.Structure keyParameters,
      boolean dataFromServer, int protocolVersion) {

    String path() {
      return parent == null ? label : parent.path() + "/" + label;
    }

    List<Integer> ancestors() {
      List<Integer> out = new ArrayList<>();
      for (Node n = parent; n != null; n = n.parent) {
        out.add(0, n.tag);
      }
      return out;
    }

    Tolerances.Where where() {
      return new Tolerances.Where(tag, effectiveTag, ancestors(), operation, requestItem, generated, keyFormat,
          keyParameters, dataFromServer, protocolVersion);
    }
  }

  /**
   * Compares one response.
   *
   * @param request the request as sent (placeholders resolved)
   * @param expected the file's response
   * @param actual the server's response
   * @return null when they match, else the first difference
   */
  public Difference compare(TtlvItem.Structure request, TtlvItem.Structure expected, TtlvItem actual) {
    Objects.requireNonNull(actual, "actual");
    Node root = new Node(null, expected.tag(), Values.tagName(expected.tag()), expected.tag(), -1, request, false, null,
        null, false, protocolVersion(request));
    return item(expected, actual, root);
  }

  private Difference item(TtlvItem exp, TtlvItem act, Node node) {
    if (exp.tag() != act.tag()) {
      return new Difference(node.path(), "got " + Values.tagName(act.tag()) + " " + Values.show(act)
          + " (expected: " + Values.tagName(exp.tag()) + ")");
    }
    if (exp instanceof TtlvItem.Placeholder p) {
      boolean newStream = p.expression().equals(Placeholders.CORRELATION) && startsStream(node.requestItem())
          && placeholders.bound(Placeholders.CORRELATION) != null;
      if (newStream) {
        placeholders.newStream();
      }
      String m = placeholders.match(p, act);
      if (m == null) {
        applied.add(newStream ? Rule.STREAM_CORRELATION : p.expression().contains("UNIQUE_IDENTIFIER") ? Rule.IDENTIFIERS
            : p.expression().startsWith("$NOW") ? (p.expression().equals("$NOW") ? Rule.TIME_STAMP_NEAR_NOW : Rule.NOW_RELATIVE_ECHO)
            : Rule.CAPTURED_OUTPUTS);
        return null;
      }
      return new Difference(node.path(), m);
    }
    if (exp.type() != act.type()) {
      return new Difference(node.path(), "type " + act.type().xmlName() + " (expected: " + exp.type().xmlName() + ")");
    }
    if (exp instanceof TtlvItem.Structure e) {
      return structure(e, (TtlvItem.Structure) act, node);
    }
    exp = placeholders.replacement(exp);
    Rule[] rule = new Rule[1];
    Check check = Tolerances.check(node.where(), exp, rule);
    boolean ok = switch (check) {
      case EXACT -> exp.equals(act);
      case FREE -> true;
      case SAME_LENGTH -> length(exp) == length(act);
      case EXACT_OR_NOW -> exp.equals(act)
          || (act instanceof TtlvItem.DateTime d && placeholders.nearNow(d.instant(), 0));
      case EXACT_OR_WRONG_LIFECYCLE_STATE -> exp.equals(act)
          || (act instanceof TtlvItem.Enumeration e && e.value() == ResultReason.WRONG_KEY_LIFECYCLE_STATE.value());
    };
    if (check == Check.EXACT_OR_WRONG_LIFECYCLE_STATE && exp.equals(act)) {
      return null; // exact: no tolerance needed
    }
    if (!ok) {
      String m = switch (check) {
        case SAME_LENGTH -> length(act) + " bytes (expected: " + length(exp) + " bytes; value free under " + rule[0] + ")";
        case EXACT_OR_NOW -> Values.show(act) + " (expected: " + Values.show(exp) + " or a time near now)";
        case EXACT_OR_WRONG_LIFECYCLE_STATE -> Values.show(act) + " (expected: " + Values.show(exp)
            + " or WrongKeyLifecycleState under " + rule[0] + ")";
        default -> Values.difference(exp, act);
      };
      return new Difference(node.path(), m);
    }
    if (rule[0] != null && check != Check.EXACT) {
      applied.add(rule[0]);
      // A server output stands for the file's literal in later requests; not a plain text (the
      // file's plain text literals are inputs elsewhere, e.g. 0102…1516).
      if (exp instanceof TtlvItem.Bytes eb && act instanceof TtlvItem.Bytes ab && rule[0] != Rule.FOREIGN_CIPHERTEXT) {
        placeholders.replaced(eb, ab);
      }
    }
    return null;
  }

  private static int length(TtlvItem i) {
    return switch (i) {
      case TtlvItem.Bytes b -> b.byteCount();
      case TtlvItem.Text t -> t.value().length();
      case TtlvItem.BigInt b -> (b.value().bitLength() + 8) / 8;
      default -> -1;
    };
  }

  private Difference structure(TtlvItem.Structure exp, TtlvItem.Structure act, Node node) {
    List<TtlvItem> e = kept(exp);
    List<TtlvItem> a = kept(act);
    List<TtlvItem> extras = new ArrayList<>();
    for (TtlvItem y : a) {
      if (e.stream().noneMatch(x -> x.tag() == y.tag())) {
        var optional = Tolerances.optionalExtra(node.where(), y, a);
        if (optional.isPresent()) {
          applied.add(optional.get());
          extras.add(y);
        }
      }
    }
    if (!extras.isEmpty()) {
      a = new ArrayList<>(a);
      a.removeAll(extras);
    }
    Rule[] rule = new Rule[1];
    Order order = Tolerances.order(node.where(), rule);
    if (rule[0] != null) {
      applied.add(rule[0]);
    }
    switch (order) {
      case FREE:
        return null;
      case KINDS:
        for (TtlvItem x : e) {
          if (a.stream().noneMatch(y -> y.tag() == x.tag())) {
            return new Difference(node.path(), "no " + Values.tagName(x.tag())
                + " item (expected: at least one, as in the file; values free under " + Rule.QUERY_KINDS + ")");
          }
        }
        return null;
      case EXACT:
        return inOrder(exp, e, a, node);
      default:
        return anyOrder(exp, e, a, node, order == Order.SUBSET);
    }
  }

  private List<TtlvItem> kept(TtlvItem.Structure s) {
    List<TtlvItem> out = new ArrayList<>(s.items().size());
    for (TtlvItem i : s.items()) {
      var ignored = Tolerances.ignoredChild(s.tag(), i.tag());
      if (ignored.isPresent()) {
        applied.add(ignored.get());
      } else {
        out.add(i);
      }
    }
    return out;
  }

  private Difference inOrder(TtlvItem.Structure exp, List<TtlvItem> e, List<TtlvItem> a, Node node) {
    int n = Math.min(e.size(), a.size());
    for (int i = 0; i < n; i++) {
      TtlvItem x = e.get(i);
      TtlvItem y = a.get(i);
      if (x.tag() != y.tag()) {
        boolean laterInActual = a.subList(i, a.size()).stream().anyMatch(z -> z.tag() == x.tag());
        if (laterInActual) {
          return new Difference(node.path() + "/" + Values.tagName(y.tag()),
              "unexpected item " + Values.show(y) + " (expected: " + Values.tagName(x.tag()) + " here)");
        }
        return new Difference(child(exp, e, i, y, node).path(), "missing (expected: " + Values.show(x) + ")");
      }
      Difference d = item(x, y, child(exp, e, i, y, node));
      if (d != null) {
        return d;
      }
    }
    if (e.size() > n) {
      return new Difference(child(exp, e, n, null, node).path(), "missing (expected: " + Values.show(e.get(n)) + ")");
    }
    if (a.size() > n) {
      TtlvItem y = a.get(n);
      return new Difference(node.path() + "/" + Values.tagName(y.tag()),
          "unexpected item " + Values.show(y) + " (expected: " + e.size() + " items in " + Values.tagName(exp.tag()) + ")");
    }
    return null;
  }

  private Difference anyOrder(TtlvItem.Structure exp, List<TtlvItem> e, List<TtlvItem> a, Node node, boolean extrasAllowed) {
    boolean[] used = new boolean[a.size()];
    List<Integer> sequence = new ArrayList<>();
    for (int i = 0; i < e.size(); i++) {
      if (!hasUnbound(e.get(i))) {
        sequence.add(i);
      }
    }
    for (int i = 0; i < e.size(); i++) {
      if (hasUnbound(e.get(i))) {
        sequence.add(i);
      }
    }
    for (int i : sequence) {
      TtlvItem x = e.get(i);
      Difference closest = null;
      boolean found = false;
      for (int j = 0; j < a.size() && !found; j++) {
        TtlvItem y = a.get(j);
        if (used[j] || y.tag() != x.tag()) {
          continue;
        }
        Object snapshot = placeholders.snapshot();
        Set<Rule> appliedBefore = Set.copyOf(applied);
        Difference d = item(x, y, child(exp, e, i, y, node));
        if (d == null) {
          used[j] = true;
          found = true;
        } else {
          placeholders.restore(snapshot);
          applied.retainAll(appliedBefore);
          if (closest == null && x instanceof TtlvItem.Structure && sameKey(x, y)) {
            closest = d;
          }
        }
      }
      if (!found) {
        if (closest != null) {
          return closest;
        }
        return new Difference(child(exp, e, i, null, node).path(), "missing (expected: " + Values.show(x) + ", in any order)");
      }
    }
    if (!extrasAllowed) {
      for (int j = 0; j < a.size(); j++) {
        if (!used[j]) {
          TtlvItem y = a.get(j);
          return new Difference(node.path() + "/" + label(y, y, -1),
              "unexpected item " + Values.show(y) + " (expected: " + e.size() + " items, in any order)");
        }
      }
    }
    return null;
  }

  /** Same identity for error reporting: same tag, and for a 1.x Attribute the same name. */
  private static boolean sameKey(TtlvItem x, TtlvItem y) {
    return x.tag() == y.tag() && Objects.equals(attributeName(x), attributeName(y));
  }

  private boolean hasUnbound(TtlvItem i) {
    if (i instanceof TtlvItem.Placeholder p) {
      return !p.expression().startsWith("$NOW") && placeholders.bound(p.expression()) == null;
    }
    if (i instanceof TtlvItem.Structure s) {
      for (TtlvItem c : s.items()) {
        if (hasUnbound(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The node of expected child {@code i} of {@code parent} (its actual counterpart {@code act} may be null). */
  private Node child(TtlvItem.Structure parentExp, List<TtlvItem> siblings, int i, TtlvItem act, Node parent) {
    TtlvItem x = siblings.get(i);
    int sameTagIndex = 0;
    int sameTagCount = 0;
    for (int k = 0; k < siblings.size(); k++) {
      if (siblings.get(k).tag() == x.tag()) {
        sameTagCount++;
        if (k <= i) {
          sameTagIndex++;
        }
      }
    }
    String label = label(x, act, sameTagCount > 1 || x.tag() == Tag.BATCH_ITEM ? sameTagIndex : -1);
    int effective = x.tag();
    if (x.tag() == Tag.ATTRIBUTE_VALUE) {
      String name = attributeName(parentExp);
      if (name != null) {
        effective = SpecRegistry.get().tagByName(name).map(SpecRegistry.TagInfo::tag).orElse(x.tag());
      }
    }
    int operation = parent.operation();
    TtlvItem.Structure requestItem = parent.requestItem();
    boolean generated = parent.generated();
    String keyFormat = parent.keyFormat();
    TtlvItem.Structure params = parent.keyParameters();
    boolean dataFromServer = parent.dataFromServer();
    if (x.tag() == Tag.BATCH_ITEM && x instanceof TtlvItem.Structure b) {
      operation = b.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value)
          .orElse(act instanceof TtlvItem.Structure ab
              ? ab.find(Tag.OPERATION, TtlvItem.Enumeration.class).map(TtlvItem.Enumeration::value).orElse(-1) : -1);
      List<TtlvItem> reqItems = parent.requestItem() == null ? List.of() : parent.requestItem().all(Tag.BATCH_ITEM);
      requestItem = sameTagIndex - 1 < reqItems.size() && reqItems.get(sameTagIndex - 1) instanceof TtlvItem.Structure r ? r : null;
      params = requestItem == null ? null : requestItem.find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class)
          .flatMap(p -> p.find(Tag.UNIQUE_IDENTIFIER, TtlvItem.Text.class)).map(t -> keyParameters.get(t.value())).orElse(null);
      TtlvItem.Bytes data = Tolerances.requestData(requestItem);
      dataFromServer = data != null && placeholders.returned(data);
    }
    if (x.tag() == Tag.RESPONSE_PAYLOAD && act instanceof TtlvItem.Structure ap) {
      generated = ap.find(Tag.UNIQUE_IDENTIFIER, TtlvItem.Text.class).map(t -> generatedIds.contains(t.value())).orElse(false);
      if (params == null) { // the request named its object by the ID Placeholder: the response names it
        params = ap.find(Tag.UNIQUE_IDENTIFIER, TtlvItem.Text.class).map(t -> keyParameters.get(t.value())).orElse(null);
      }
    }
    if (x.tag() == Tag.KEY_BLOCK && x instanceof TtlvItem.Structure kb) {
      keyFormat = kb.find(Tag.KEY_FORMAT_TYPE, TtlvItem.Enumeration.class)
          .map(f -> SpecRegistry.get().enumName(Tag.KEY_FORMAT_TYPE, f.value())).orElse(null);
    }
    return new Node(parent, x.tag(), label, effective, operation, requestItem, generated, keyFormat, params,
        dataFromServer, parent.protocolVersion());
  }

  /** The request header's protocol version as major × 100 + minor, or -1. */
  private static int protocolVersion(TtlvItem.Structure request) {
    if (request == null) {
      return -1;
    }
    return request.find(Tag.REQUEST_HEADER, TtlvItem.Structure.class)
        .flatMap(h -> h.find(Tag.PROTOCOL_VERSION, TtlvItem.Structure.class))
        .map(v -> v.find(Tag.PROTOCOL_VERSION_MAJOR, TtlvItem.Int.class).map(TtlvItem.Int::value).orElse(0) * 100
            + v.find(Tag.PROTOCOL_VERSION_MINOR, TtlvItem.Int.class).map(TtlvItem.Int::value).orElse(0))
        .orElse(-1);
  }

  /** Whether a request batch item starts a multi-part operation (Init Indicator True, KMIP 1.4 §2.1.16). */
  private static boolean startsStream(TtlvItem.Structure requestItem) {
    return requestItem != null && requestItem.find(Tag.REQUEST_PAYLOAD, TtlvItem.Structure.class)
        .flatMap(p -> p.find(Tag.INIT_INDICATOR, TtlvItem.Bool.class)).map(TtlvItem.Bool::value).orElse(false);
  }

  private static String label(TtlvItem x, TtlvItem act, int index) {
    String name = Values.tagName(x.tag());
    String attr = attributeName(x);
    if (attr == null && act != null) {
      attr = attributeName(act);
    }
    if (attr != null) {
      return name + "[" + attr + "]";
    }
    return index > 0 ? name + "[" + index + "]" : name;
  }

  /** The Attribute Name of a KMIP 1.x Attribute structure, or null. */
  private static String attributeName(TtlvItem i) {
    if (i instanceof TtlvItem.Structure s && s.tag() == Tag.ATTRIBUTE) {
      return s.find(Tag.ATTRIBUTE_NAME, TtlvItem.Text.class).map(TtlvItem.Text::value).orElse(null);
    }
    return null;
  }
}
