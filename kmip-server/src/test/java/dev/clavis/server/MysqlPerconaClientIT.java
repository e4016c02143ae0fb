package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
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
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * MySQL Enterprise (keyring_okv) and Percona Server (keyring_kmip / component_keyring_kmip, on
 * libkmip and kmippp): strict KMIP 1.x clients. Their sequence — Create AES-256 with Name and Object
 * Group, Register, Get in Raw format, Get Attributes (Name), Locate by Object Type + Name and by
 * Object Group paged with Maximum Items 16 and Offset Items (1.3+; a 1.0 client pages by Maximum
 * Items alone), Destroy — in 1.0 (libkmip's default) and 1.4, every response checked by {@link ResponseShapeGuard}, with a restart in the middle.
 */
class MysqlPerconaClientIT {

  static final String GROUP = "percona-keyring";
  static final int KEYS = 20;

  @TempDir Path dataDir;

  @ParameterizedTest
  @EnumSource(value = KmipVersion.class, names = {"V1_0", "V1_4"})
  void keyringSequence(KmipVersion v) throws Exception {
    try (ClientSession s = new ClientSession(dataDir, false)) {
      List<String> created = new ArrayList<>();
      for (int i = 0; i < KEYS; i++) {
        CreateResponsePayload c = s.ok(v, new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes("mysql-mk-" + i), null));
        created.add(c.uniqueIdentifier());
      }
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String registeredDigest = ClientSession.digest(KeyBlock.of(KeyFormatType.RAW, bytes.clone(),
          CryptographicAlgorithm.AES, 256));
      RegisterResponsePayload reg = s.ok(v, new RegisterRequestPayload(ObjectType.SYMMETRIC_KEY,
          Attributes.of(integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value()
              | CryptographicUsageMask.DECRYPT.value()),
              new Name("percona-registered", NameType.UNINTERPRETED_TEXT_STRING).toTtlv(),
              text(Tag.OBJECT_GROUP, GROUP)),
          new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, bytes, CryptographicAlgorithm.AES, 256)), null));
      String registered = reg.uniqueIdentifier();

      String first = created.get(0);
      GetResponsePayload raw = s.ok(v, new GetRequestPayload(first, KeyFormatType.RAW, null, null, null));
      assertThat(ClientSession.keyBlock(raw).keyFormatType()).isEqualTo(KeyFormatType.RAW);
      assertThat(ClientSession.keyBlock(raw).keyMaterial().byteCount()).isEqualTo(32);
      String firstDigest = ClientSession.digest(ClientSession.keyBlock(raw));

      GetAttributesResponsePayload names = s.ok(v, new GetAttributesRequestPayload(first,
          List.of(AttributeReference.of(Tag.NAME))));
      assertThat(names.attributes().names()).extracting(Name::value).containsExactly("mysql-mk-0");
      assertThat(names.attributes().size()).as("only Name").isEqualTo(1);

      LocateResponsePayload byName = s.ok(v, new LocateRequestPayload(null, null, null, null, Attributes.of(
          enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
          new Name("percona-registered", NameType.UNINTERPRETED_TEXT_STRING).toTtlv())));
      assertThat(byName.uniqueIdentifiers()).containsExactly(registered);

      s.restart();

      assertThat(s.digest(v, first, KeyFormatType.RAW)).as("the same key after the restart").isEqualTo(firstDigest);
      assertThat(s.digest(v, registered, KeyFormatType.RAW)).isEqualTo(registeredDigest);
      Set<String> paged = new HashSet<>();
      LocateResponsePayload page1 = s.ok(v, byGroup(16, v.atLeast(KmipVersion.V1_3) ? 0 : null));
      // Offset Items is KMIP 1.3: a 1.0 client asks for the whole group instead
      LocateResponsePayload page2 = s.ok(v, v.atLeast(KmipVersion.V1_3) ? byGroup(16, 16) : byGroup(null, null));
      assertThat(page1.uniqueIdentifiers()).hasSize(16);
      assertThat(page2.uniqueIdentifiers()).hasSize(v.atLeast(KmipVersion.V1_3) ? KEYS + 1 - 16 : KEYS + 1);
      paged.addAll(page1.uniqueIdentifiers());
      paged.addAll(page2.uniqueIdentifiers());
      assertThat(paged).as("every key of the group once").hasSize(KEYS + 1).containsAll(created).contains(registered);
      if (v.atLeast(KmipVersion.V1_3)) {
        assertThat(page1.locatedItems()).isEqualTo(KEYS + 1);
      } else {
        assertThat(page1.locatedItems()).as("Located Items is KMIP 1.3").isNull();
      }

      s.ok(v, new DestroyRequestPayload(first));
      assertThat(s.fails(v, new GetRequestPayload(first, null, null, null, null)).resultReason())
          .isEqualTo(ResultReason.PERMISSION_DENIED);
      s.ok(v, new DestroyRequestPayload(registered));
      assertThat(s.steps()).isEqualTo(KEYS + 11);
    }
  }

  static Attributes aes(String name) {
    return Attributes.of(
        enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
        integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
        integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value() | CryptographicUsageMask.DECRYPT.value()),
        new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toTtlv(),
        text(Tag.OBJECT_GROUP, GROUP));
  }

  static LocateRequestPayload byGroup(Integer maximum, Integer offset) {
    return new LocateRequestPayload(maximum, offset, null, null, Attributes.of(text(Tag.OBJECT_GROUP, GROUP)));
  }
}
