package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.AddAttributeRequestPayload;
import dev.clavis.codec.AddAttributeResponsePayload;
import dev.clavis.codec.Attribute;
import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.DiscoverVersionsRequestPayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.ReKeyRequestPayload;
import dev.clavis.codec.ReKeyResponsePayload;
import dev.clavis.codec.RevocationReason;
import dev.clavis.codec.RevokeRequestPayload;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VAST Data (KMIP 1.4, binary TTLV in {@code POST /kmip} over HTTPS): Discover Versions, Create
 * AES-256, Add Attribute ×3 (Name, Object Group, Operation Policy Name), Activate, Locate, Get, Get
 * Attributes (State, Activation Date), Re-key, Revoke, Destroy. Every response checked by {@link
 * ResponseShapeGuard}; a restart of the node in the middle.
 */
class VastDataClientIT {

  static final KmipVersion V = KmipVersion.V1_4;

  @TempDir Path dataDir;

  @Test
  void vastSequenceOverHttps() throws Exception {
    try (ClientSession s = new ClientSession(dataDir, true)) {
      DiscoverVersionsResponsePayload versions = s.ok(V, new DiscoverVersionsRequestPayload(List.of()));
      assertThat(versions.protocolVersions()).contains(ProtocolVersion.of(V));

      CreateResponsePayload created = s.ok(V, new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, Attributes.of(
          enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
          integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
          integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value()
              | CryptographicUsageMask.DECRYPT.value())), null));
      String uid = created.uniqueIdentifier();
      for (Attribute a : List.of(new Name("vast-tenant-7", NameType.UNINTERPRETED_TEXT_STRING).toAttribute(),
          Attribute.of(text(Tag.OBJECT_GROUP, "vast-cluster-1")),
          Attribute.of(text(Tag.OPERATION_POLICY_NAME, "default")))) {
        AddAttributeResponsePayload added = s.ok(V, new AddAttributeRequestPayload(uid, a));
        assertThat(added.uniqueIdentifier()).isEqualTo(uid);
      }
      s.ok(V, new ActivateRequestPayload(uid));
      LocateResponsePayload located = s.ok(V, new LocateRequestPayload(null, null, null, null, Attributes.of(
          new Name("vast-tenant-7", NameType.UNINTERPRETED_TEXT_STRING).toTtlv())));
      assertThat(located.uniqueIdentifiers()).containsExactly(uid);
      assertThat(located.locatedItems()).as("Located Items is optional (KMIP 1.4 §4.9)").isIn(null, 1);
      GetResponsePayload got = s.ok(V, new GetRequestPayload(uid, null, null, null, null));
      String before = ClientSession.digest(ClientSession.keyBlock(got));

      s.restart();

      GetAttributesResponsePayload attributes = s.ok(V, new GetAttributesRequestPayload(uid, List.of(
          AttributeReference.of(Tag.STATE), AttributeReference.of(Tag.ACTIVATION_DATE))));
      assertThat(attributes.attributes().enumeration(Tag.STATE)).contains(State.ACTIVE.value());
      assertThat(attributes.attributes().dateTime(Tag.ACTIVATION_DATE)).isPresent();
      assertThat(attributes.attributes().size()).isEqualTo(2);
      assertThat(s.digest(V, uid, null)).as("the same key after the restart").isEqualTo(before);

      ReKeyResponsePayload rekeyed = s.ok(V, new ReKeyRequestPayload(uid, null, null, null));
      String replacement = rekeyed.uniqueIdentifier();
      assertThat(replacement).isNotEqualTo(uid);
      assertThat(s.digest(V, replacement, null)).isNotEqualTo(before);
      s.ok(V, new RevokeRequestPayload(uid, new RevocationReason(RevocationReasonCode.CESSATION_OF_OPERATION, "rotated"),
          null));
      s.ok(V, new DestroyRequestPayload(uid));
      assertThat(s.steps()).isEqualTo(14);
    }
  }
}
