package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.RevocationReason;
import dev.clavis.codec.RevokeRequestPayload;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.Tag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Key hygiene (issue 7): a distinctive 32-byte key is registered and driven through every path —
 * Get in several versions, wrapped Get, failing operations that name it, Revoke and Destroy — with
 * every logger at DEBUG into a file. Then the data directory (H2 database files, KEK keystore,
 * audit files if any) and the log file are scanned for the key bytes in raw form, hex (lower and
 * upper case) and Base64 (standard and URL alphabets, at all three byte alignments): zero hits.
 * The store keeps the key sealed under the KEK (DESIGN §3); the plain bytes must never appear.
 */
class KeyHygieneIT {

  @TempDir Path dataDir;
  @TempDir Path logDir;

  /** SHA-256 of a fixed phrase: 32 bytes that appear nowhere by chance. */
  static byte[] canary() throws Exception {
    return MessageDigest.getInstance("SHA-256").digest("clavis key hygiene canary".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void keyBytesAppearInNoFileLogOrAudit() throws Exception {
    byte[] key = canary();
    Path logFile = logDir.resolve("debug.log");
    LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Map<String, Level> saved = new LinkedHashMap<>();
    for (Logger l : logback.getLoggerList()) {
      saved.put(l.getName(), l.getLevel());
      l.setLevel(Level.DEBUG);
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(logback);
    encoder.setPattern("%d %-5level [%thread] %logger - %msg%n%ex");
    encoder.start();
    FileAppender<ILoggingEvent> file = new FileAppender<>();
    file.setContext(logback);
    file.setName("key-hygiene");
    file.setFile(logFile.toString());
    file.setEncoder(encoder);
    file.start();
    root.addAppender(file);
    int operations = 0;
    try (ServerFixture fixture = new ServerFixture(dataDir)) {
      for (KmipVersion v : List.of(KmipVersion.V1_0, KmipVersion.V1_4, KmipVersion.V2_1)) {
        ServerFixture.Connection c = fixture.connect(v);
        RegisterResponsePayload reg = c.ok(new RegisterRequestPayload(ObjectType.SYMMETRIC_KEY,
            Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK,
                CryptographicUsageMask.ENCRYPT.value() | CryptographicUsageMask.DECRYPT.value())),
            new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, key.clone(), CryptographicAlgorithm.AES, 256)), null));
        String uid = reg.uniqueIdentifier();
        GetResponsePayload got = c.ok(new GetRequestPayload(uid, null, null, null, null));
        assertThat(((SymmetricKey) got.object()).keyBlock().keyMaterial().byteCount()).isEqualTo(32);
        c.ok(new GetAttributesRequestPayload(uid, List.of()));
        operations += 3;
        // Failing operations that name the object.
        c.fails(new GetRequestPayload(uid, KeyFormatType.PKCS_1, null, null, null));
        c.fails(new GetRequestPayload(uid, null, null, null, OperationsIT.wrappingSpec("no-such-key", null)));
        c.fails(new GetRequestPayload(uid, null, null, null, OperationsIT.wrappingSpec(uid, null))); // Pre-Active wrapping key
        operations += 3;
        // Wrapped Get under an active wrapping key.
        CreateResponsePayload kek = c.ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, Attributes.of(
            enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
            integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
            integer(Tag.CRYPTOGRAPHIC_USAGE_MASK,
                CryptographicUsageMask.WRAP_KEY.value() | CryptographicUsageMask.UNWRAP_KEY.value())), null));
        c.ok(new ActivateRequestPayload(kek.uniqueIdentifier()));
        c.ok(new GetRequestPayload(uid, null, null, null, OperationsIT.wrappingSpec(kek.uniqueIdentifier(), null)));
        operations += 3;
        // Lifecycle, and failures after it.
        c.ok(new ActivateRequestPayload(uid));
        c.fails(new ActivateRequestPayload(uid));
        c.fails(new DestroyRequestPayload(uid)); // Active: not destroyable
        c.ok(new RevokeRequestPayload(uid, new RevocationReason(RevocationReasonCode.KEY_COMPROMISE, "hygiene"), null));
        c.ok(new DestroyRequestPayload(uid));
        c.fails(new GetRequestPayload(uid, null, null, null, null));
        operations += 6;
      }
      // A second identity that may not see the object (Item Not Found, logged at DEBUG).
      ServerFixture.Connection other = fixture.connect(KmipVersion.V1_4, ServerFixture.PKI.otherClientCert,
          ServerFixture.PKI.otherClientKey);
      other.fails(new GetRequestPayload("no-such", null, null, null, null));
      operations++;
    } finally {
      root.detachAppender(file);
      file.stop();
      saved.forEach((name, level) -> logback.getLogger(name).setLevel(level));
    }

    List<Path> scanned = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.filter(Files::isRegularFile).forEach(scanned::add);
    }
    scanned.add(logFile);
    assertThat(scanned).as("the H2 database file is among the scanned files")
        .anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
    assertThat(scanned).as("the audit log (branch security) is among the scanned files")
        .contains(dataDir.resolve(AuditLog.FILE));
    assertThat(Files.size(logFile)).as("DEBUG log written").isGreaterThan(0);
    Map<String, byte[]> needles = needles(key);
    List<String> hits = new ArrayList<>();
    long bytes = 0;
    for (Path p : scanned) {
      byte[] content = Files.readAllBytes(p);
      bytes += content.length;
      needles.forEach((form, needle) -> {
        if (indexOf(content, needle) >= 0) {
          hits.add(form + " in " + p);
        }
      });
    }
    System.out.printf("key hygiene: %d operations; scanned %d files %s (%d bytes) for %d encodings: %d hits%n",
        operations, scanned.size(), scanned.stream().map(p -> p.getFileName().toString()).toList(), bytes,
        needles.size(), hits.size());
    assertThat(hits).as("key bytes found").isEmpty();
  }

  /** The forms key bytes could take in a file: raw, hex, Base64 at each alignment. */
  static Map<String, byte[]> needles(byte[] key) {
    Map<String, byte[]> n = new LinkedHashMap<>();
    n.put("raw", key);
    n.put("hex", HexFormat.of().formatHex(key).getBytes(StandardCharsets.US_ASCII));
    n.put("HEX", HexFormat.of().withUpperCase().formatHex(key).getBytes(StandardCharsets.US_ASCII));
    n.put("hex with separators", HexFormat.ofDelimiter(" ").formatHex(key).getBytes(StandardCharsets.US_ASCII));
    for (int shift = 0; shift < 3; shift++) {
      // Base64 of the key preceded by `shift` other bytes: the characters that depend on key bytes only.
      byte[] shifted = new byte[shift + key.length];
      System.arraycopy(key, 0, shifted, shift, key.length);
      for (boolean url : new boolean[] {false, true}) {
        String b64 = (url ? Base64.getUrlEncoder() : Base64.getEncoder()).withoutPadding().encodeToString(shifted);
        int from = shift == 0 ? 0 : 4; // skip the group that mixes in the prefix
        int to = b64.length() - 4; // and the last (partial) group
        n.put((url ? "base64url" : "base64") + " at offset " + shift,
            b64.substring(from, to).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return n;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
