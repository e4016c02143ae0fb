package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.Attribute;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateKeyPairRequestPayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.ReKeyRequestPayload;
import dev.clavis.codec.ReKeyResponsePayload;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.Template;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.Tag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 1.x Template object end to end (real server, TLS, H2): Register, Get, Get Attributes,
 * Locate and Destroy of a Template (KMIP 1.4 §2.2.6), its use by name in the Template-Attribute of
 * Create, Re-key, Create Key Pair and Register (KMIP 1.4 §2.1.8: template attributes first, explicit ones
 * override), the errors of KMIP 1.4 §11, and its refusal in KMIP 2.1.
 */
class TemplatesIT {

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

  static Name name(String n) {
    return new Name(n, NameType.UNINTERPRETED_TEXT_STRING);
  }

  static Attribute custom(String name, String value) {
    return Attribute.vendor("x", name, TtlvItem.text(Tag.ATTRIBUTE_VALUE, value));
  }

  /** The template "aes-tpl": AES, 128 bits, group "tpl-group", x-origin "template". */
  static Template aesTemplate() {
    return new Template(Attributes.of(List.of(
        Attribute.of(TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value())),
        Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128)),
        Attribute.of(TtlvItem.text(Tag.OBJECT_GROUP, "tpl-group")),
        custom("origin", "template"))));
  }

  static String registerTemplate(ServerFixture.Connection c, String n, Template t) throws Exception {
    RegisterResponsePayload r = c.ok(new RegisterRequestPayload(ObjectType.TEMPLATE,
        Attributes.of(List.of(name(n).toAttribute())), t, null));
    return r.uniqueIdentifier();
  }

  /** Explicit attributes plus a reference to the templates named {@code templates}. */
  static Attributes using(List<Attribute> explicit, String... templates) {
    return new Attributes(explicit, java.util.Arrays.stream(templates).map(t -> name(t).toTtlv()).toList());
  }

  static Attributes attributesOf(ServerFixture.Connection c, String uid) throws Exception {
    GetAttributesResponsePayload r = c.ok(new GetAttributesRequestPayload(uid, List.of()));
    return r.attributes();
  }

  @Test
  void aTemplateIsRegisteredReadLocatedAndDestroyed() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_3);
    String uid = registerTemplate(c, "aes-tpl", aesTemplate());

    GetResponsePayload got = c.ok(new GetRequestPayload(uid, null, null, null, null));
    assertThat(got.objectType()).isEqualTo(ObjectType.TEMPLATE);
    assertThat(got.object()).isEqualTo(aesTemplate());

    Attributes own = attributesOf(c, uid);
    assertThat(own.names()).containsExactly(name("aes-tpl"));
    assertThat(own.enumeration(Tag.OBJECT_TYPE)).contains(ObjectType.TEMPLATE.value());
    // The template's content is not the template's own attributes; no key-only attributes.
    assertThat(own.text(Tag.OBJECT_GROUP)).isEmpty();
    assertThat(own.get(Tag.FRESH)).isEmpty();
    assertThat(own.get(Tag.SENSITIVE)).isEmpty();

    LocateResponsePayload found = c.ok(new LocateRequestPayload(null, null, null, null, Attributes.of(List.of(
        name("aes-tpl").toAttribute(), Attribute.of(TtlvItem.enumeration(Tag.OBJECT_TYPE, ObjectType.TEMPLATE.value()))))));
    assertThat(found.uniqueIdentifiers()).containsExactly(uid);

    c.ok(new DestroyRequestPayload(uid));
    LocateResponsePayload gone = c.ok(new LocateRequestPayload(null, null, null, null,
        Attributes.of(List.of(name("aes-tpl").toAttribute()))));
    assertThat(gone.uniqueIdentifiers()).isEmpty();
    assertThat(c.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, using(List.of(), "aes-tpl"), null)))
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
  }

  @Test
  void templateAttributesApplyFirstAndExplicitOnesOverride() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    registerTemplate(c, "aes-tpl", aesTemplate());

    CreateResponsePayload created = c.ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, using(List.of(
        Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)), name("disk-1").toAttribute(),
        Attribute.of(TtlvItem.text(Tag.OBJECT_GROUP, "own-group"))), "aes-tpl"), null));
    Attributes key = attributesOf(c, created.uniqueIdentifier());
    assertThat(key.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)).contains(CryptographicAlgorithm.AES.value());
    assertThat(key.integer(Tag.CRYPTOGRAPHIC_LENGTH)).as("explicit overrides the template").contains(256);
    assertThat(key.names()).as("the template's own name is not copied").containsExactly(name("disk-1"));
    assertThat(key.all(Tag.OBJECT_GROUP)).as("multi-valued: both instances")
        .extracting(a -> ((TtlvItem.Text) a.value()).value()).containsExactlyInAnyOrder("tpl-group", "own-group");
    assertThat(key.vendor("x", "origin")).contains(TtlvItem.text(Tag.ATTRIBUTE_VALUE, "template"));

    // Re-key: the template's values replace the old key's single-valued ones.
    registerTemplate(c, "relabel-tpl", new Template(Attributes.of(List.of(custom("origin", "rekeyed"),
        Attribute.of(TtlvItem.text(Tag.CONTACT_INFORMATION, "ops@example.org"))))));
    ReKeyResponsePayload rekeyed = c.ok(new ReKeyRequestPayload(created.uniqueIdentifier(), null,
        using(List.of(), "relabel-tpl"), null));
    Attributes next = attributesOf(c, rekeyed.uniqueIdentifier());
    assertThat(next.text(Tag.CONTACT_INFORMATION)).contains("ops@example.org");
    assertThat(next.integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(256);
    assertThat(next.vendor("x", "origin")).isPresent();

    // Register (SASED-M-2-13's use): a Secret Data takes the template's group, found by Locate.
    RegisterResponsePayload secret = c.ok(new RegisterRequestPayload(ObjectType.SECRET_DATA,
        using(List.of(custom("own", "yes")), "aes-tpl"),
        new SecretData(SecretDataType.PASSWORD, KeyBlock.of(KeyFormatType.OPAQUE,
            "correct horse".getBytes(StandardCharsets.UTF_8), null, null)), null));
    LocateResponsePayload inGroup = c.ok(new LocateRequestPayload(null, null, null, null, Attributes.of(List.of(
        Attribute.of(TtlvItem.text(Tag.OBJECT_GROUP, "tpl-group")),
        Attribute.of(TtlvItem.enumeration(Tag.OBJECT_TYPE, ObjectType.SECRET_DATA.value()))))));
    assertThat(inGroup.uniqueIdentifiers()).containsExactly(secret.uniqueIdentifier());
    assertThat(attributesOf(c, secret.uniqueIdentifier()).vendor("x", "own")).isPresent();

    // Create Key Pair: a template named in the Common Template-Attribute, two templates in order.
    registerTemplate(c, "rsa-tpl", new Template(Attributes.of(List.of(
        Attribute.of(TtlvItem.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.RSA.value())),
        Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, 2048))))));
    registerTemplate(c, "sign-tpl", new Template(Attributes.of(List.of(
        Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 1))))));
    registerTemplate(c, "verify-tpl", new Template(Attributes.of(List.of(
        Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 2))))));
    CreateKeyPairResponsePayload pair = c.ok(new CreateKeyPairRequestPayload(using(List.of(), "rsa-tpl"),
        using(List.of(), "verify-tpl", "sign-tpl"), using(List.of(), "verify-tpl"), null, null, null));
    Attributes priv = attributesOf(c, pair.privateKeyUniqueIdentifier());
    assertThat(priv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM)).contains(CryptographicAlgorithm.RSA.value());
    assertThat(priv.integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(2048);
    assertThat(priv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).as("the later template wins").contains(1);
    assertThat(attributesOf(c, pair.publicKeyUniqueIdentifier()).integer(Tag.CRYPTOGRAPHIC_USAGE_MASK)).contains(2);
  }

  @Test
  void templateErrorsFollowKmip14Section11() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    assertThat(c.reason(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, using(List.of(), "no-such-template"), null)))
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
    Template named = new Template(Attributes.of(List.of(name("inside").toAttribute())));
    assertThat(c.reason(new RegisterRequestPayload(ObjectType.TEMPLATE, Attributes.of(List.of(name("t").toAttribute())),
        named, null))).isEqualTo(ResultReason.INVALID_FIELD);
    Template serverOnly = new Template(Attributes.of(List.of(
        Attribute.of(TtlvItem.enumeration(Tag.STATE, 1)))));
    assertThat(c.reason(new RegisterRequestPayload(ObjectType.TEMPLATE, Attributes.of(List.of(name("t").toAttribute())),
        serverOnly, null))).as("Attribute Read Only, which 1.x reports as Permission Denied")
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    Template twice = new Template(Attributes.of(List.of(
        Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128)), Attribute.of(TtlvItem.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)))));
    assertThat(c.reason(new RegisterRequestPayload(ObjectType.TEMPLATE, Attributes.of(List.of(name("t").toAttribute())),
        twice, null))).as("Attribute Single Valued, which 1.x reports as Invalid Field")
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void templatesExistOnlyInKmip1x() throws Exception {
    ServerFixture.Connection v14 = fixture.connect(KmipVersion.V1_4);
    String uid = registerTemplate(v14, "aes-tpl", aesTemplate());
    QueryResponsePayload q14 = v14.ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_OBJECTS), null));
    assertThat(q14.objectTypes()).contains(ObjectType.TEMPLATE, ObjectType.SYMMETRIC_KEY);

    ServerFixture.Connection v21 = fixture.connect(KmipVersion.V2_1);
    assertThat(v21.reason(new RegisterRequestPayload(ObjectType.TEMPLATE,
        Attributes.of(List.of(name("t2").toAttribute())), aesTemplate(), null))).isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
    assertThat(v21.reason(new GetRequestPayload(uid, null, null, null, null))).isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
    QueryResponsePayload q21 = v21.ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_OBJECTS), null));
    assertThat(q21.objectTypes()).doesNotContain(ObjectType.TEMPLATE).contains(ObjectType.SYMMETRIC_KEY);
  }
}
