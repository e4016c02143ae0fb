package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.ActivateResponsePayload;
import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
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
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.NameType;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VMware vSphere (vCenter as KMIP 1.1 client of a "standard key provider"): its documented
 * sequence over real TLS, every response checked by {@link ResponseShapeGuard}, with a restart of
 * the node in the middle. vCenter rejected servers over Get Attributes shapes and certificate
 * extended key usage (PyKMIP #218, #661, #717): both are asserted here.
 */
class VsphereClientIT {

  static final KmipVersion V = KmipVersion.V1_1;
  static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

  @TempDir Path dataDir;

  @Test
  void certificatesCarryTheExtendedKeyUsageVcenterChecks() throws Exception {
    X509Certificate client = TestPki.readChain(ServerFixture.PKI.trusted.clientCert()).get(0);
    X509Certificate server = TestPki.readChain(ServerFixture.PKI.trusted.serverCert()).get(0);
    assertThat(client.getExtendedKeyUsage()).contains(CLIENT_AUTH);
    assertThat(server.getExtendedKeyUsage()).contains(SERVER_AUTH);
  }

  @Test
  void vcenterKeyProviderSequence() throws Exception {
    try (ClientSession s = new ClientSession(dataDir, false)) {
      DiscoverVersionsResponsePayload versions = s.ok(V, new DiscoverVersionsRequestPayload(List.of()));
      assertThat(versions.protocolVersions()).contains(ProtocolVersion.of(KmipVersion.V1_1));

      QueryResponsePayload query = s.ok(V, new QueryRequestPayload(
          List.of(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS), null));
      assertThat(query.operations()).contains(Operation.CREATE, Operation.GET, Operation.GET_ATTRIBUTES,
          Operation.ACTIVATE, Operation.LOCATE, Operation.DISCOVER_VERSIONS);
      assertThat(query.operations()).allMatch(o -> o.definedIn(V), "operations of KMIP 1.1 only");

      Attributes aes = Attributes.of(
          enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.value()),
          integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
          integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.value() | CryptographicUsageMask.DECRYPT.value()),
          new Name("vcenter-kek-1", NameType.UNINTERPRETED_TEXT_STRING).toTtlv());
      CreateResponsePayload created = s.ok(V, new CreateRequestPayload(ObjectType.SYMMETRIC_KEY, aes, null));
      String uid = created.uniqueIdentifier();
      assertThat(created.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);

      GetAttributesResponsePayload state = s.ok(V, new GetAttributesRequestPayload(uid,
          List.of(AttributeReference.of(Tag.STATE))));
      assertThat(state.attributes().size()).as("exactly the attribute asked").isEqualTo(1);
      assertThat(state.attributes().enumeration(Tag.STATE)).contains(State.PRE_ACTIVE.value());

      ActivateResponsePayload activated = s.ok(V, new ActivateRequestPayload(uid));
      assertThat(activated.uniqueIdentifier()).isEqualTo(uid);

      GetResponsePayload got = s.ok(V, new GetRequestPayload(uid, null, null, null, null));
      assertThat(ClientSession.keyBlock(got).cryptographicLength()).isEqualTo(256);
      String before = ClientSession.digest(ClientSession.keyBlock(got));

      LocateResponsePayload located = s.ok(V, locateByName("vcenter-kek-1"));
      assertThat(located.uniqueIdentifiers()).containsExactly(uid);
      assertThat(located.locatedItems()).as("Located Items is KMIP 1.3").isNull();

      s.restart();

      LocateResponsePayload again = s.ok(V, locateByName("vcenter-kek-1"));
      assertThat(again.uniqueIdentifiers()).containsExactly(uid);
      GetAttributesResponsePayload after = s.ok(V, new GetAttributesRequestPayload(uid,
          List.of(AttributeReference.of(Tag.STATE))));
      assertThat(after.attributes().enumeration(Tag.STATE)).contains(State.ACTIVE.value());
      assertThat(s.digest(V, uid, null)).as("the same key after the restart").isEqualTo(before);
      assertThat(s.steps()).isEqualTo(10);
    }
  }

  static LocateRequestPayload locateByName(String name) {
    return new LocateRequestPayload(null, null, null, null,
        Attributes.of(new Name(name, NameType.UNINTERPRETED_TEXT_STRING).toTtlv()));
  }
}
