package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.dateTime;
import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ArchiveRequestPayload;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.Link;
import dev.clavis.codec.Name;
import dev.clavis.codec.ReKeyKeyPairRequestPayload;
import dev.clavis.codec.ReKeyKeyPairResponsePayload;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.LinkType;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Re-key Key Pair (KMIP 1.4 §4.5, KMIP 2.1 §6.1.47) end to end over real TLS and the H2 store. */
class ReKeyKeyPairIT {

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

  private static Attributes attributes(ServerFixture.Connection c, String uid) throws Exception {
    return c.<dev.clavis.codec.GetAttributesResponsePayload>ok(new GetAttributesRequestPayload(uid, List.of())).attributes();
  }

  private static CreateKeyPairResponsePayload rsaPair(ServerFixture.Connection c, String name, Instant activation,
      Instant deactivation) throws Exception {
    Attributes common = OperationsIT.pair(CryptographicAlgorithm.RSA, 2048)
        .with(dateTime(Tag.ACTIVATION_DATE, activation)).with(dateTime(Tag.DEACTIVATION_DATE, deactivation));
    return c.ok(new CreateKeyPairRequestPayload(common,
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.SIGN.value()))
            .with(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toAttribute()),
        Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.VERIFY.value()))
            .with(new Name(name + "-pub", NameType.UNINTERPRETED_TEXT_STRING).toAttribute()),
        null, null, null));
  }

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_2", "V1_4", "V2_0", "V2_1"})
  void replacementPairLinksNamesDatesAndWorks(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    Instant activation = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    Instant deactivation = activation.plus(Duration.ofDays(30));
    CreateKeyPairResponsePayload old = rsaPair(c, "pair-" + v, activation, deactivation);

    ReKeyKeyPairResponsePayload r = c.ok(new ReKeyKeyPairRequestPayload(old.privateKeyUniqueIdentifier(), null,
        null, null, null, null, null, null));
    String priv = r.privateKeyUniqueIdentifier();
    String pub = r.publicKeyUniqueIdentifier();
    assertThat(List.of(priv, pub)).doesNotContain(old.privateKeyUniqueIdentifier(), old.publicKeyUniqueIdentifier());

    Attributes newPriv = attributes(c, priv);
    Attributes newPub = attributes(c, pub);
    assertThat(newPriv.links()).containsExactlyInAnyOrder(new Link(LinkType.PUBLIC_KEY_LINK, pub),
        new Link(LinkType.REPLACED_OBJECT_LINK, old.privateKeyUniqueIdentifier()));
    assertThat(newPub.links()).containsExactlyInAnyOrder(new Link(LinkType.PRIVATE_KEY_LINK, priv),
        new Link(LinkType.REPLACED_OBJECT_LINK, old.publicKeyUniqueIdentifier()));
    assertThat(newPriv.names()).extracting(Name::value).containsExactly("pair-" + v);
    assertThat(newPub.names()).extracting(Name::value).containsExactly("pair-" + v + "-pub");
    assertThat(newPriv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).contains(CryptographicUsageMask.SIGN.value());
    assertThat(newPriv.integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(2048);
    assertThat(newPriv.dateTime(Tag.ACTIVATION_DATE)).as("copied without an Offset").contains(activation);
    assertThat(newPriv.dateTime(Tag.DEACTIVATION_DATE)).contains(deactivation);
    assertThat(State.fromValue(newPriv.enumeration(Tag.STATE).orElseThrow())).isEqualTo(State.ACTIVE);
    assertThat(newPriv.dateTime(Tag.INITIAL_DATE).orElseThrow()).isAfterOrEqualTo(activation);

    Attributes oldPriv = attributes(c, old.privateKeyUniqueIdentifier());
    Attributes oldPub = attributes(c, old.publicKeyUniqueIdentifier());
    assertThat(oldPriv.names()).as("names move to the replacement").isEmpty();
    assertThat(oldPub.names()).isEmpty();
    assertThat(oldPriv.links()).contains(new Link(LinkType.REPLACEMENT_OBJECT_LINK, priv));
    assertThat(oldPub.links()).contains(new Link(LinkType.REPLACEMENT_OBJECT_LINK, pub));
    assertThat(State.fromValue(oldPriv.enumeration(Tag.STATE).orElseThrow())).as("the old pair keeps its state")
        .isEqualTo(State.ACTIVE);

    // The new halves are a pair: what the private key signs, the public key verifies.
    java.security.PrivateKey sk = KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(OperationsIT.material(c, priv, KeyFormatType.PKCS_8)));
    java.security.PublicKey pk = KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(OperationsIT.material(c, pub, KeyFormatType.X_509)));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(sk);
    s.update(new byte[] {1, 2, 3});
    byte[] sig = s.sign();
    s.initVerify(pk);
    s.update(new byte[] {1, 2, 3});
    assertThat(s.verify(sig)).isTrue();
    java.security.PublicKey oldPk = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
        OperationsIT.material(c, old.publicKeyUniqueIdentifier(), KeyFormatType.X_509)));
    assertThat(oldPk.getEncoded()).as("a fresh key").isNotEqualTo(pk.getEncoded());
  }

  /** Re-key Key Pair, Archive and Recover responses have the exact shape of each version. */
  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_1", "V1_4", "V2_0", "V2_1"})
  void responsesAreWellShaped(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    CreateKeyPairResponsePayload p = rsaPair(c, "shape-" + v, now, now.plus(Duration.ofDays(1)));
    for (dev.clavis.codec.RequestPayload request : List.of(
        new ReKeyKeyPairRequestPayload(p.privateKeyUniqueIdentifier(), null, null, null, null, null, null, null),
        new ArchiveRequestPayload(p.publicKeyUniqueIdentifier()),
        new dev.clavis.codec.RecoverRequestPayload(p.publicKeyUniqueIdentifier()),
        new ArchiveRequestPayload(p.publicKeyUniqueIdentifier()),
        new ArchiveRequestPayload(p.publicKeyUniqueIdentifier()))) {
      dev.clavis.codec.TtlvItem message = new dev.clavis.codec.RequestMessage(dev.clavis.codec.RequestHeader.of(v, 1),
          List.of(dev.clavis.codec.RequestBatchItem.of(request, null, v))).toTtlv();
      dev.clavis.codec.TtlvItem answer = c.exchange(message);
      assertThat(ResponseShapeGuard.check(message, answer)).as(request.operation() + " at " + v).isEmpty();
    }
  }

  @Test
  void offsetMovesActivationAndDeactivationTogether() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    Instant activation = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
    Instant deactivation = activation.plus(Duration.ofDays(10));
    CreateKeyPairResponsePayload old = rsaPair(c, "offset-pair", activation, deactivation);
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ReKeyKeyPairResponsePayload r = c.ok(new ReKeyKeyPairRequestPayload(old.privateKeyUniqueIdentifier(), 3600L,
        null, null, null, null, null, null));
    Instant after = Instant.now().plusSeconds(1);
    for (String uid : List.of(r.privateKeyUniqueIdentifier(), r.publicKeyUniqueIdentifier())) {
      Attributes a = attributes(c, uid);
      Instant at2 = a.dateTime(Tag.ACTIVATION_DATE).orElseThrow();
      assertThat(at2).isBetween(before.plusSeconds(3600), after.plusSeconds(3600));
      assertThat(a.dateTime(Tag.DEACTIVATION_DATE)).as("DT1 + (AT2 - AT1)")
          .contains(deactivation.plus(Duration.between(activation, at2)));
      assertThat(State.fromValue(a.enumeration(Tag.STATE).orElseThrow())).isEqualTo(State.PRE_ACTIVE);
    }
  }

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_4", "V2_1"})
  void errors(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    CreateKeyPairResponsePayload p = rsaPair(c, "errors-" + v, now, now.plus(Duration.ofDays(1)));
    assertThat(c.reason(new ReKeyKeyPairRequestPayload(p.privateKeyUniqueIdentifier(), 60L,
        Attributes.of(dateTime(Tag.ACTIVATION_DATE, now)), null, null, null, null, null)))
        .as("Offset with an Activation Date").isEqualTo(ResultReason.INVALID_MESSAGE);
    String aes = OperationsIT.create(c, OperationsIT.aes(128, null));
    assertThat(c.reason(new ReKeyKeyPairRequestPayload(aes, null, null, null, null, null, null, null)))
        .isEqualTo(v.atLeast(KmipVersion.V2_0) ? ResultReason.INVALID_OBJECT_TYPE : ResultReason.INVALID_FIELD);
    assertThat(c.reason(new ReKeyKeyPairRequestPayload("no-such-key", null, null, null, null, null, null, null)))
        .isIn(ResultReason.ITEM_NOT_FOUND, ResultReason.OBJECT_NOT_FOUND);
    c.ok(new ArchiveRequestPayload(p.privateKeyUniqueIdentifier()));
    assertThat(c.reason(new ReKeyKeyPairRequestPayload(p.privateKeyUniqueIdentifier(), null, null, null, null, null,
        null, null))).isEqualTo(ResultReason.OBJECT_ARCHIVED);
  }
}
