package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.CreateSplitKeyRequestPayload;
import dev.clavis.codec.CreateSplitKeyResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.JoinSplitKeyRequestPayload;
import dev.clavis.codec.JoinSplitKeyResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.Link;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.SplitKey;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.SplitKeyMethod;
import dev.clavis.codec.spec.Tag;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Create Split Key and Join Split Key end to end over real TLS, H2 store: split/join round trips
 * with threshold below the part count (GF(2^8), prime field) and XOR, links between the parts,
 * the OASIS TC-SJ-3 shares registered and joined, and the refusals. Keys are compared without
 * printing them.
 */
class SplitKeyIT {

  @TempDir Path dataDir;
  ServerFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dataDir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  static Attributes aes(int bits) {
    return Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, bits),
        integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value() | CryptographicUsageMask.DECRYPT.value()));
  }

  static JoinSplitKeyRequestPayload join(List<String> parts, Attributes a) {
    return new JoinSplitKeyRequestPayload(ObjectType.SYMMETRIC_KEY, parts, null, a, null);
  }

  static List<String> pick(List<String> all, int... ids) {
    return Arrays.stream(ids).mapToObj(i -> all.get(i - 1)).toList();
  }

  @Test
  void polynomialSplitsJoinFromAnyThresholdOfParts() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    CreateResponsePayload key = c.ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes(256), null));
    byte[] original = DeriveKeyIT.material(c, key.uniqueIdentifier());
    for (SplitKeyMethod m : List.of(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_8, SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD)) {
      BigInteger prime = m == SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD ? BigInteger.TWO.pow(521).subtract(BigInteger.ONE) : null;
      CreateSplitKeyResponsePayload split = c.ok(new CreateSplitKeyRequestPayload(ObjectType.SPLIT_KEY,
          key.uniqueIdentifier(), 5, 3, m, prime, Attributes.empty(), null));
      List<String> parts = split.uniqueIdentifiers();
      assertThat(parts).hasSize(5).doesNotHaveDuplicates();
      for (int i = 1; i <= 5; i++) {
        GetResponsePayload g = c.ok(new GetRequestPayload(parts.get(i - 1), null, null, null, null));
        SplitKey part = (SplitKey) g.object();
        assertThat(part.keyPartIdentifier()).isEqualTo(i);
        assertThat(part.splitKeyParts()).isEqualTo(5);
        assertThat(part.splitKeyThreshold()).isEqualTo(3);
        assertThat(part.splitKeyMethod()).isEqualTo(m);
        assertThat(part.primeFieldSize()).isEqualTo(prime);
        assertThat(part.keyBlock().cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
        assertThat(part.keyBlock().cryptographicLength()).isEqualTo(256);
      }
      for (int[] ids : new int[][] {{1, 3, 5}, {2, 4, 5}, {5, 1, 2}, {1, 2, 3, 4}}) {
        JoinSplitKeyResponsePayload j = c.ok(join(pick(parts, ids), aes(256)));
        assertThat(Arrays.equals(DeriveKeyIT.material(c, j.uniqueIdentifier()), original))
            .as(m + " parts " + Arrays.toString(ids) + " give the key back (not printed)").isTrue();
      }
      assertThat(c.reason(join(pick(parts, 2, 4), aes(256)))).as("two parts of a threshold-3 split")
          .isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
      assertThat(c.reason(join(pick(parts, 1, 1, 2), aes(256)))).as("a part twice")
          .isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
      // Part 1 reaches the others through Next Links; each part names the split key as its parent.
      assertThat(DeriveKeyIT.links(c, parts.get(0))).containsExactly(
          new Link(LinkType.PARENT_LINK, key.uniqueIdentifier()), new Link(LinkType.NEXT_LINK, parts.get(1)));
      assertThat(DeriveKeyIT.links(c, parts.get(2))).containsExactly(
          new Link(LinkType.PARENT_LINK, key.uniqueIdentifier()), new Link(LinkType.PREVIOUS_LINK, parts.get(1)),
          new Link(LinkType.NEXT_LINK, parts.get(3)));
    }
    assertThat(DeriveKeyIT.links(c, key.uniqueIdentifier())).hasSize(10)
        .allMatch(l -> l.type() == LinkType.CHILD_LINK);
  }

  @Test
  void xorSplitOfAGeneratedKeyNeedsEveryPart() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    CreateSplitKeyResponsePayload split = c.ok(new CreateSplitKeyRequestPayload(ObjectType.SPLIT_KEY, null, 4, 4,
        SplitKeyMethod.XOR, null, aes(128), null));
    List<String> parts = split.uniqueIdentifiers();
    JoinSplitKeyResponsePayload a = c.ok(join(pick(parts, 4, 3, 2, 1), aes(128)));
    JoinSplitKeyResponsePayload b = c.ok(join(pick(parts, 1, 2, 3, 4), null));
    assertThat(Arrays.equals(DeriveKeyIT.material(c, a.uniqueIdentifier()), DeriveKeyIT.material(c, b.uniqueIdentifier())))
        .as("any order joins to one key; the parts' Key Block names AES-128").isTrue();
    assertThat(DeriveKeyIT.material(c, a.uniqueIdentifier())).hasSize(16);
    assertThat(c.reason(join(pick(parts, 1, 2, 3), aes(128)))).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
  }

  @Test
  void oasisSharesRegisteredThenJoined() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    HexFormat hex = HexFormat.of();
    String[] shares = {"66C46A7754F94DE420C7B1A7FFF5EC56", "CF93D1E2A7E593CD5B8D6247F4E5D49C",
        "A855B891F61AD9217240D8EC061E37DA", "803DBAD55CDD329FAD19D99AE2C5A415"};
    String[] uids = new String[4];
    for (int i = 0; i < 4; i++) {
      RegisterResponsePayload r = c.ok(new RegisterRequestPayload(ObjectType.SPLIT_KEY, Attributes.empty(),
          new SplitKey(4, i + 1, 2, SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_8, null,
              KeyBlock.of(KeyFormatType.RAW, hex.parseHex(shares[i]), null, null)), null));
      uids[i] = r.uniqueIdentifier();
    }
    JoinSplitKeyResponsePayload j = c.ok(join(List.of(uids[0], uids[2]), aes(128)));
    assertThat(Arrays.equals(DeriveKeyIT.material(c, j.uniqueIdentifier()), hex.parseHex("0102030405060708090a0b0c0d0e0f10")))
        .as("TC-SJ-3: parts 1 and 3 give the published key (not printed)").isTrue();
    assertThat(c.reason(join(List.of(uids[1]), null))).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
    assertThat(c.reason(join(List.of(uids[1], uids[3]), Attributes.of(integer(Tag.CRYPTOGRAPHIC_LENGTH, 128)))))
        .as("no algorithm in the attributes nor the parts").isEqualTo(ResultReason.INVALID_MESSAGE);
    JoinSplitKeyResponsePayload seed = c.ok(new JoinSplitKeyRequestPayload(ObjectType.SECRET_DATA,
        List.of(uids[3], uids[1]), SecretDataType.SEED, null, null));
    assertThat(Arrays.equals(DeriveKeyIT.material(c, seed.uniqueIdentifier()), hex.parseHex("0102030405060708090a0b0c0d0e0f10")))
        .as("joined as Secret Data").isTrue();
  }

  @Test
  void refusals() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    CreateResponsePayload key = c.ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes(128), null));
    String k = key.uniqueIdentifier();
    assertThat(c.reason(new CreateSplitKeyRequestPayload(ObjectType.SPLIT_KEY, k, 4, 2, SplitKeyMethod.XOR, null,
        Attributes.empty(), null))).as("XOR below all parts").isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(c.reason(new CreateSplitKeyRequestPayload(ObjectType.SPLIT_KEY, k, 4, 2,
        SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_16, null, Attributes.empty(), null)))
        .as("GF(2^16)").isEqualTo(ResultReason.OPERATION_NOT_SUPPORTED);
    assertThat(c.reason(new CreateSplitKeyRequestPayload(ObjectType.SYMMETRIC_KEY, k, 4, 2,
        SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_8, null, Attributes.empty(), null)))
        .as("Object Type other than Split Key").isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(c.reason(join(List.of(k), aes(128)))).as("joining a Symmetric Key")
        .isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
  }
}
