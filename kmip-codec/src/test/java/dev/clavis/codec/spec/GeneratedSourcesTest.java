package dev.clavis.codec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when the committed sources of {@code dev.clavis.codec.spec} are not what {@link
 * SpecGenerator} makes of {@code kmip-registry.json}. With {@code -Dclavis.regenerate=true} it
 * rewrites them instead.
 */
class GeneratedSourcesTest {

  private static final String REFRESH =
      "./mvnw -pl kmip-codec test -Dtest=GeneratedSourcesTest -Dclavis.regenerate=true";

  @Test
  void generatedSourcesAreFresh() throws IOException {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    SpecGenerator generator = SpecGenerator.fromModule(module);
    Map<String, String> expected = generator.generate();
    Path dir = module.resolve(SpecGenerator.OUTPUT);

    if (Boolean.getBoolean("clavis.regenerate")) {
      for (Path stale : generatedFilesIn(dir)) {
        if (!expected.containsKey(stale.getFileName().toString())) {
          Files.delete(stale);
        }
      }
      generator.writeTo(module);
    }

    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> f : expected.entrySet()) {
      Path p = dir.resolve(f.getKey());
      if (!Files.exists(p)) {
        problems.add(p + " is missing");
      } else if (!Files.readString(p).equals(f.getValue())) {
        problems.add(p + " is stale");
      }
    }
    for (Path p : generatedFilesIn(dir)) {
      if (!expected.containsKey(p.getFileName().toString())) {
        problems.add(p + " is no longer generated");
      }
    }
    assertThat(problems)
        .as("generated sources differ from kmip-registry.json; refresh them with: " + REFRESH)
        .isEmpty();
  }

  @Test
  void everyGeneratedFileCarriesTheHeader() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    SpecGenerator.fromModule(module).generate()
        .forEach((name, text) -> assertThat(text).as(name).startsWith(SpecGenerator.HEADER));
  }

  private static List<Path> generatedFilesIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.toString().endsWith(".java") && Files.readString(p).startsWith(SpecGenerator.HEADER)) {
          out.add(p);
        }
      }
    }
    return out;
  }
}
