package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.DiscoverVersionsRequestPayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.ModifyAttributeRequestPayload;
import dev.clavis.codec.ModifyAttributeResponsePayload;
import dev.clavis.codec.Name;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.RevocationReason;
import dev.clavis.codec.RevokeRequestPayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synology DSM (encrypted shared folders and volumes with a KMIP key vault, KMIP 1.2): Discover
 * Versions, Query with functions 1–6, Locate, Register Secret Data with the deprecated Operation
 * Policy Name "default", Activate, Modify Attribute (Name), Get Attributes, Get, Revoke, Destroy.
 * Every response checked by {@link ResponseShapeGuard}; a restart of the node in the middle.
 */
class SynologyClientIT {

  static final KmipVersion V = KmipVersion.V1_2;

  @TempDir Path dataDir;

  @Test
  void dsmKeyVaultSequence() throws Exception {
    try (ClientSession s = new ClientSession(dataDir, false)) {
      DiscoverVersionsResponsePayload versions = s.ok(V, new DiscoverVersionsRequestPayload(
          List.of(ProtocolVersion.of(KmipVersion.V1_2), ProtocolVersion.of(KmipVersion.V1_1))));
      assertThat(versions.protocolVersions()).containsExactly(ProtocolVersion.of(KmipVersion.V1_2),
          ProtocolVersion.of(KmipVersion.V1_1));

      QueryResponsePayload query = s.ok(V, new QueryRequestPayload(List.of(QueryFunction.QUERY_OPERATIONS,
          QueryFunction.QUERY_OBJECTS, QueryFunction.QUERY_SERVER_INFORMATION,
          QueryFunction.QUERY_APPLICATION_NAMESPACES, QueryFunction.QUERY_EXTENSION_LIST,
          QueryFunction.QUERY_EXTENSION_MAP), null));
      assertThat(query.operations()).allMatch(o -> o.definedIn(V), "operations of KMIP 1.2 only");
      assertThat(query.objectTypes()).contains(ObjectType.SECRET_DATA);

      LocateResponsePayload none = s.ok(V, byName("dsm-vault-volume1"));
      assertThat(none.uniqueIdentifiers()).isEmpty();

      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      String digest = ClientSession.digest(KeyBlock.of(KeyFormatType.OPAQUE, secret.clone(), null, null));
      RegisterResponsePayload reg = s.ok(V, new RegisterRequestPayload(ObjectType.SECRET_DATA, Attributes.of(
          integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.EXPORT.value()),
          text(Tag.OPERATION_POLICY_NAME, "default"),
          new Name("dsm-vault-volume1", NameType.UNINTERPRETED_TEXT_STRING).toTtlv()),
          new SecretData(SecretDataType.PASSWORD, KeyBlock.of(KeyFormatType.OPAQUE, secret, null, null)), null));
      String uid = reg.uniqueIdentifier();
      assertThat(reg.attributes()).as("no attribute the client did not ask for").isNull();
      s.ok(V, new ActivateRequestPayload(uid));

      s.restart();

      ModifyAttributeResponsePayload modified = s.ok(V, new ModifyAttributeRequestPayload(uid, null,
          new Name("dsm-vault-volume1-renamed", NameType.UNINTERPRETED_TEXT_STRING).toAttribute()));
      assertThat(modified.uniqueIdentifier()).isEqualTo(uid);
      GetAttributesResponsePayload attributes = s.ok(V, new GetAttributesRequestPayload(uid, List.of(
          AttributeReference.of(Tag.NAME), AttributeReference.of(Tag.STATE),
          AttributeReference.of(Tag.OPERATION_POLICY_NAME))));
      assertThat(attributes.attributes().names()).extracting(Name::value).containsExactly("dsm-vault-volume1-renamed");
      assertThat(attributes.attributes().enumeration(Tag.STATE)).contains(State.ACTIVE.value());
      assertThat(attributes.attributes().text(Tag.OPERATION_POLICY_NAME)).contains("default");
      GetResponsePayload got = s.ok(V, new GetRequestPayload(uid, null, null, null, null));
      assertThat(ClientSession.digest(ClientSession.keyBlock(got))).as("the same secret after the restart").isEqualTo(digest);
      s.ok(V, new RevokeRequestPayload(uid, new RevocationReason(RevocationReasonCode.CESSATION_OF_OPERATION, "volume removed"),
          null));
      s.ok(V, new DestroyRequestPayload(uid));
      GetAttributesResponsePayload destroyed = s.ok(V, new GetAttributesRequestPayload(uid,
          List.of(AttributeReference.of(Tag.STATE))));
      assertThat(destroyed.attributes().enumeration(Tag.STATE)).as("the metadata stays after Destroy")
          .contains(State.DESTROYED.value());
      assertThat(s.steps()).isEqualTo(11);
    }
  }

  static LocateRequestPayload byName(String name) {
    return new LocateRequestPayload(null, null, null, null,
        Attributes.of(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toTtlv()));
  }
}
