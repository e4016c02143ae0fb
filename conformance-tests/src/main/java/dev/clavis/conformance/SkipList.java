package dev.clavis.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one list of files the runner does not run, each with its reason
 * ({@code dev/clavis/conformance/skip-list.txt}). A line is {@code <set>/<glob> | <reason>};
 * the glob is matched against {@code <set>/<path below the set>} with {@code glob:} syntax
 * ({@code **} crosses folders). A skip counts as not passed.
 */
public final class SkipList {

  /** The resource holding the list. */
  public static final String RESOURCE = "/dev/clavis/conformance/skip-list.txt";

  /** One entry. */
  public record Entry(String pattern, String reason, PathMatcher matcher) {}

  private final List<Entry> entries;

  private SkipList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The list shipped with the runner. */
  public static SkipList standard() {
    try (InputStream in = SkipList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("skip list: resource " + RESOURCE + " missing (expected: on the class path)");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An empty list (every file runs). */
  public static SkipList none() {
    return new SkipList(List.of());
  }

  static SkipList parse(InputStream in) throws IOException {
    List<Entry> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int bar = t.indexOf('|');
      if (bar < 0 || t.substring(bar + 1).isBlank()) {
        throw new IllegalStateException("skip list line " + n + ": " + t + " (expected: <set>/<glob> | <reason>)");
      }
      String pattern = t.substring(0, bar).strip();
      out.add(new Entry(pattern, t.substring(bar + 1).strip(), FileSystems.getDefault().getPathMatcher("glob:" + pattern)));
    }
    return new SkipList(out);
  }

  /** The reason to skip {@code set/name}, if listed. */
  public Optional<String> reason(String set, String name) {
    Path p = Path.of(set, name.split("/"));
    for (Entry e : entries) {
      if (e.matcher().matches(p)) {
        return Optional.of(e.reason());
      }
    }
    return Optional.empty();
  }

  public List<Entry> entries() {
    return entries;
  }
}
