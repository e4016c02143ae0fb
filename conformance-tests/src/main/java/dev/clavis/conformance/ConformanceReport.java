package dev.clavis.conformance;

import dev.clavis.conformance.FileResult.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results of a run: {@code conformance-report.json} (one entry per file:
 * {@code {"set", "file", "status", "detail"}}) and the Markdown matrix by profile and version
 * ({@code docs/conformance.md}). Thread-safe for {@link #add}.
 */
public final class ConformanceReport {

  /** Profile rows in this order, then the Test Cases groups alphabetically. */
  static final List<String> PROFILE_ORDER = List.of(
      "BL", "SKLC", "AKLC", "SKFF", "CS-AC", "CS-BC", "CS-RNG", "OMOS", "SASED", "TL", "SUITEB", "MSGENC", "QS", "AX", "PKCS11");
  static final List<String> VERSIONS = List.of("1.0", "1.1", "1.2", "1.3", "1.4", "2.0", "2.1", "3.0");

  private static final Pattern VERSION = Pattern.compile("-(\\d)(\\d)\\.xml$");

  /** One file's outcome. {@code name} is the path below the set. */
  public record Entry(String set, String name, FileResult result) {
    public String version() {
      Matcher m = VERSION.matcher(name);
      return m.find() ? m.group(1) + "." + m.group(2) : "?";
    }

    public String profile() {
      return profileOf(name.substring(name.lastIndexOf('/') + 1));
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  public synchronized void add(String set, String name, FileResult result) {
    entries.add(new Entry(set, name, result));
  }

  public synchronized List<Entry> entries() {
    List<Entry> out = new ArrayList<>(entries);
    out.sort(Comparator.comparing(Entry::set).thenComparing(Entry::name));
    return out;
  }

  /** The profile (matrix row) of a file name: {@code CS-BC-M-GCM-1-14.xml} → {@code CS-BC}. */
  static String profileOf(String fileName) {
    if (fileName.startsWith("TC-")) {
      int dash = fileName.indexOf('-', 3);
      return "TC-" + fileName.substring(3, dash < 0 ? fileName.length() : dash);
    }
    Matcher m = Pattern.compile("^(.*?)-[MO]-").matcher(fileName);
    String p = m.find() ? m.group(1) : fileName.replaceFirst("-\\d+-\\d\\d\\.xml$", "");
    for (String known : PROFILE_ORDER) {
      if (p.equals(known) || p.startsWith(known + "_") || p.startsWith(known + "-")) {
        return known;
      }
    }
    return p;
  }

  /** The report's "file": the file name, or the path below the set where the name recurs in the set. */
  private static Map<Entry, String> fileLabels(List<Entry> es) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entry e : es) {
      counts.merge(e.set() + "/" + baseName(e.name()), 1, Integer::sum);
    }
    Map<Entry, String> out = new LinkedHashMap<>();
    for (Entry e : es) {
      out.put(e, counts.get(e.set() + "/" + baseName(e.name())) > 1 ? e.name() : baseName(e.name()));
    }
    return out;
  }

  private static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  // ---------------------------------------------------------------- JSON

  /** The JSON report: an array with one object per file, sorted by set and path. */
  public String json() {
    List<Entry> es = entries();
    Map<Entry, String> labels = fileLabels(es);
    StringBuilder b = new StringBuilder("[\n");
    for (int i = 0; i < es.size(); i++) {
      Entry e = es.get(i);
      b.append("  {\"set\": ").append(quote(e.set()))
          .append(", \"file\": ").append(quote(labels.get(e)))
          .append(", \"status\": ").append(quote(e.result().status().label()))
          .append(", \"detail\": ").append(quote(e.result().detail()))
          .append(i + 1 < es.size() ? "},\n" : "}\n");
    }
    return b.append("]\n").toString();
  }

  public void writeJson(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, json(), StandardCharsets.UTF_8);
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  // ---------------------------------------------------------------- counts

  /** Pass, fail and skip counts. */
  public record Counts(int pass, int fail, int skip) {
    Counts plus(Status s) {
      return new Counts(pass + (s == Status.PASS ? 1 : 0), fail + (s == Status.FAIL ? 1 : 0), skip + (s == Status.SKIP ? 1 : 0));
    }

    public int total() {
      return pass + fail + skip;
    }

    String cell() {
      return total() == 0 ? "" : pass + " / " + fail + " / " + skip;
    }
  }

  public Counts totals() {
    Counts c = new Counts(0, 0, 0);
    for (Entry e : entries()) {
      c = c.plus(e.result().status());
    }
    return c;
  }

  // ---------------------------------------------------------------- Markdown

  /**
   * The Markdown page: summary, per-set counts, the matrix by profile and version, the files
   * that pass, the skip list and the tolerances.
   *
   * @param target what was tested, e.g. "Clavis (in-process, this commit)"
   * @param preamble static text placed after the title (how to run, the baseline), may be empty
   */
  public String markdown(String target, String preamble, SkipList skips) {
    List<Entry> es = entries();
    StringBuilder b = new StringBuilder();
    b.append("# KMIP conformance: the OASIS test cases\n\n");
    b.append("<!-- Generated by the conformance runner (conformance-tests); do not edit by hand. -->\n\n");
    Counts t = totals();
    b.append("Target: ").append(target).append(". ").append(es.size()).append(" files: **")
        .append(t.pass()).append(" pass**, ").append(t.fail()).append(" fail, ").append(t.skip()).append(" skipped.\n\n");
    if (!preamble.isEmpty()) {
      b.append(preamble.strip()).append("\n\n");
    }

    b.append("## By set\n\n| set | files | pass | fail | skip |\n| --- | ---: | ---: | ---: | ---: |\n");
    Map<String, Counts> bySet = new TreeMap<>();
    for (Entry e : es) {
      bySet.merge(e.set(), new Counts(0, 0, 0).plus(e.result().status()),
          (a, x) -> new Counts(a.pass() + x.pass(), a.fail() + x.fail(), a.skip() + x.skip()));
    }
    bySet.forEach((set, c) -> b.append("| ").append(set).append(" | ").append(c.total()).append(" | ").append(c.pass())
        .append(" | ").append(c.fail()).append(" | ").append(c.skip()).append(" |\n"));

    b.append("\n## Matrix by profile and protocol version\n\n");
    b.append("Each cell is *pass / fail / skip* over every set (Profiles and Test Cases documents) holding files of that"
        + " profile and version; the version is the file name's suffix (`-14` = KMIP 1.4).\n\n");
    b.append("| profile |");
    for (String v : VERSIONS) {
      b.append(' ').append(v).append(" |");
    }
    b.append("\n| --- |");
    b.append(" ---: |".repeat(VERSIONS.size()));
    b.append('\n');
    Map<String, Map<String, Counts>> matrix = new HashMap<>();
    TreeSet<String> extraRows = new TreeSet<>();
    for (Entry e : es) {
      matrix.computeIfAbsent(e.profile(), k -> new HashMap<>()).merge(e.version(), new Counts(0, 0, 0).plus(e.result().status()),
          (a, x) -> new Counts(a.pass() + x.pass(), a.fail() + x.fail(), a.skip() + x.skip()));
      if (!PROFILE_ORDER.contains(e.profile())) {
        extraRows.add(e.profile());
      }
    }
    List<String> rows = new ArrayList<>();
    for (String p : PROFILE_ORDER) {
      if (matrix.containsKey(p)) {
        rows.add(p);
      }
    }
    rows.addAll(extraRows);
    for (String p : rows) {
      b.append("| ").append(p).append(" |");
      for (String v : VERSIONS) {
        Counts c = matrix.get(p).get(v);
        b.append(' ').append(c == null ? "" : c.cell()).append(" |");
      }
      b.append('\n');
    }

    b.append("\n## Files that pass\n\n");
    Map<String, List<String>> passing = new TreeMap<>();
    for (Entry e : es) {
      if (e.result().status() == Status.PASS) {
        passing.computeIfAbsent(e.set(), k -> new ArrayList<>()).add(e.name());
      }
    }
    if (passing.isEmpty()) {
      b.append("None yet.\n");
    }
    passing.forEach((set, names) -> b.append("- ").append(set).append(": ").append(String.join(", ", names)).append('\n'));

    b.append("\n## Skip list\n\nFrom `conformance-tests/src/main/resources").append(SkipList.RESOURCE)
        .append("`. A skipped file counts as not passed.\n\n| files | reason |\n| --- | --- |\n");
    for (SkipList.Entry s : skips.entries()) {
      b.append("| `").append(s.pattern()).append("` | ").append(s.reason().replace("|", "\\|")).append(" |\n");
    }

    b.append("\n## Tolerances\n\nThe comparison is exact (result status, result reason, every field, item counts and"
        + " order) except for these rules, all in `Tolerances.java`:\n\n| rule | covers | why |\n| --- | --- | --- |\n");
    for (Tolerances.Rule r : Tolerances.Rule.values()) {
      b.append("| `").append(r.name()).append("` | ").append(r.covers().replace("|", "\\|")).append(" | ")
          .append(r.reason().replace("|", "\\|")).append(" |\n");
    }
    return b.toString();
  }

  public void writeMarkdown(Path file, String target, String preamble, SkipList skips) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, markdown(target, preamble, skips), StandardCharsets.UTF_8);
  }
}
