package dev.clavis.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The files Clavis is expected to pass ({@code conformance-baseline.txt}, one
 * {@code <set>/<path below the set>} per line). A listed file that does not pass fails the build
 * (a regression); an unlisted file that fails is reported, not fatal; an unlisted file that
 * passes is reported as a new pass, so the baseline can be raised.
 */
final class Baseline {

  static final String RESOURCE = "/conformance-baseline.txt";

  private final Set<String> files;

  private Baseline(Set<String> files) {
    this.files = Set.copyOf(files);
  }

  static Baseline load() {
    Set<String> out = new LinkedHashSet<>();
    try (InputStream in = Baseline.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new Baseline(out);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Baseline(out);
  }

  static Baseline empty() {
    return new Baseline(Set.of());
  }

  boolean expectsPass(String set, String name) {
    return files.contains(set + "/" + name);
  }

  Set<String> files() {
    return files;
  }
}
