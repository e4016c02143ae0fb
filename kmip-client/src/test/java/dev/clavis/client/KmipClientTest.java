package dev.clavis.client;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static dev.clavis.codec.TtlvItem.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clavis.codec.ActivateResponsePayload;
import dev.clavis.codec.AddAttributeResponsePayload;
import dev.clavis.codec.Attribute;
import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CheckResponsePayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.DeleteAttributeResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.DestroyResponsePayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.GetAttributeListResponsePayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.ModifyAttributeResponsePayload;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.ReKeyResponsePayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.RevokeResponsePayload;
import dev.clavis.codec.SetAttributeResponsePayload;
import dev.clavis.codec.SymmetricKey;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.CryptographicAlgorithm;
import dev.clavis.codec.spec.CryptographicUsageMask;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.RevocationReasonCode;
import dev.clavis.codec.spec.State;
import dev.clavis.codec.spec.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client over real TLS against the test-only {@link KmipResponder}. */
class KmipClientTest {

  static final byte[] KEY = HexFormat.of().parseHex("0123456789abcdeffedcba98765432100123456789abcdeffedcba9876543210");

  static TestPki pki;
  static TestPki.Issued server;
  static TestPki.Issued client;
  @TempDir static Path dir;

  KmipResponder responder;

  @BeforeAll
  static void pki() {
    pki = new TestPki("client-test CA");
    server = pki.server("127.0.0.1", "localhost");
    client = pki.client("alice", false);
    pki.writeClientFiles(dir, client, false);
  }

  @BeforeEach
  void start() throws IOException {
    responder = new KmipResponder(pki.context(server));
  }

  @AfterEach
  void stop() throws IOException {
    responder.close();
  }

  KmipClient.Builder builder(KmipVersion v) {
    return KmipClient.builder().host("127.0.0.1").port(responder.port())
        .clientCertificate(dir.resolve("client.pem"), dir.resolve("client.key"))
        .trustedCa(dir.resolve("ca.pem")).kmipVersion(v);
  }

  KmipClient client() {
    return builder(KmipVersion.V1_4).build();
  }

  static TtlvItem.Structure v1Attr(String name, TtlvItem value) {
    return structure(Tag.ATTRIBUTE, text(Tag.ATTRIBUTE_NAME, name), value.withTag(Tag.ATTRIBUTE_VALUE));
  }

  static TtlvItem.Structure payload(TtlvItem... items) {
    return structure(Tag.REQUEST_PAYLOAD, items);
  }

  static TtlvItem.Structure name(String n) {
    return structure(Tag.NAME, text(Tag.NAME_VALUE, n), enumeration(Tag.NAME_TYPE, 1));
  }

  // ---------------------------------------------------------------- TLS and the connection

  @Test
  void mutualTlsHandshakeSendsTheClientCertificate() {
    responder.answer(Operation.DISCOVER_VERSIONS, new DiscoverVersionsResponsePayload(List.of(new ProtocolVersion(1, 4))));
    try (KmipClient c = client()) {
      assertThat(c.discoverVersions()).containsExactly(new ProtocolVersion(1, 4));
    }
    assertThat(responder.peers).hasSize(1);
    assertThat(responder.peers.get(0).getName()).isEqualTo("CN=alice");
    assertThat(responder.protocols.get(0)).isIn("TLSv1.3", "TLSv1.2");
  }

  @Test
  void aServerCertificateForAnotherHostIsRefused() throws IOException {
    try (KmipResponder other = new KmipResponder(pki.context(pki.server("kms.other.example")))) {
      try (KmipClient c = KmipClient.builder().port(other.port())
          .clientCertificate(dir.resolve("client.pem"), dir.resolve("client.key")).trustedCa(dir.resolve("ca.pem")).build()) {
        assertThatThrownBy(c::discoverVersions)
            .isInstanceOf(KmipConnectionException.class)
            .hasMessageContaining("127.0.0.1:" + other.port())
            .hasMessageContaining("cannot connect")
            .satisfies(e -> assertThat(((KmipConnectionException) e).requestSent()).isFalse());
      }
      assertThat(other.requests).isEmpty();
    }
  }

  @Test
  void aServerFromAnotherCaIsRefused(@TempDir Path otherDir) {
    TestPki stranger = new TestPki("stranger CA");
    stranger.writeClientFiles(otherDir, stranger.client("mallory", false), false);
    try (KmipClient c = KmipClient.builder().port(responder.port())
        .clientCertificate(dir.resolve("client.pem"), dir.resolve("client.key")).trustedCa(otherDir.resolve("ca.pem")).build()) {
      assertThatThrownBy(c::connect).isInstanceOf(KmipConnectionException.class).hasMessageContaining("cannot connect");
    }
    assertThat(responder.requests).isEmpty();
  }

  @Test
  void oneConnectionCarriesManyRequests() {
    responder.answer(Operation.ACTIVATE, new ActivateResponsePayload("k"));
    try (KmipClient c = client()) {
      for (int i = 0; i < 25; i++) {
        assertThat(c.activate("k")).isEqualTo("k");
      }
      assertThat(c.connectionsOpened()).isEqualTo(1);
    }
    assertThat(responder.connections.get()).isEqualTo(1);
    assertThat(responder.requests).hasSize(25);
  }

  @Test
  void reconnectsOnceWhenTheServerClosedAnIdleConnection() throws IOException {
    responder.answer(Operation.ACTIVATE, new ActivateResponsePayload("k"));
    try (KmipClient c = client()) {
      c.activate("k");
      responder.closeConnections();
      assertThat(c.activate("k")).isEqualTo("k");
      assertThat(c.connectionsOpened()).isEqualTo(2);
    }
    assertThat(responder.requests).hasSize(2);
    assertThat(responder.connections.get()).isEqualTo(2);
  }

  @Test
  void anIdleConnectionIsProbedAndKeptWhenAlive() throws InterruptedException {
    responder.answer(Operation.ACTIVATE, new ActivateResponsePayload("k"));
    try (KmipClient c = client()) {
      c.activate("k");
      // Idle for longer than the probe threshold: the next request first probes with a short read.
      Thread.sleep(KmipConnection.PROBE_AFTER_IDLE.toMillis() + 200);
      assertThat(c.activate("k")).isEqualTo("k");
      assertThat(c.activate("k")).isEqualTo("k");
      assertThat(c.connectionsOpened()).isEqualTo(1);
    }
    assertThat(responder.connections.get()).isEqualTo(1);
  }

  @Test
  void aRequestIsNeverResentAfterItWasWritten() {
    responder.answer(Operation.DESTROY, new DestroyResponsePayload("k"));
    responder.mode = KmipResponder.Mode.CLOSE_WITHOUT_ANSWER;
    try (KmipClient c = client()) {
      assertThatThrownBy(() -> c.destroy("k"))
          .isInstanceOf(KmipConnectionException.class)
          .hasMessageContaining("not resent")
          .satisfies(e -> assertThat(((KmipConnectionException) e).requestSent()).isTrue());
      assertThat(responder.requests).hasSize(1);
      responder.mode = KmipResponder.Mode.ANSWER;
      assertThat(c.destroy("k")).isEqualTo("k");
      assertThat(c.connectionsOpened()).isEqualTo(2);
    }
    assertThat(responder.requests).hasSize(2);
  }

  @Test
  void aServerThatDoesNotAnswerTimesOutAndTheRequestIsNotResent() {
    responder.mode = KmipResponder.Mode.SILENT;
    try (KmipClient c = builder(KmipVersion.V1_4).readTimeout(java.time.Duration.ofMillis(300)).build()) {
      assertThatThrownBy(() -> c.destroy("k"))
          .isInstanceOf(KmipConnectionException.class)
          .hasMessageContaining("SocketTimeoutException")
          .satisfies(e -> assertThat(((KmipConnectionException) e).requestSent()).isTrue());
    }
    assertThat(responder.requests).hasSize(1);
  }

  @Test
  void threadsShareOneConnectionSafely() throws Exception {
    responder.table(Operation.ACTIVATE, (req, v) -> dev.clavis.codec.ResponseBatchItem.success(req.uniqueBatchItemId(),
        new ActivateResponsePayload(((dev.clavis.codec.ActivateRequestPayload) req.payload(v)).uniqueIdentifier()), v));
    int threads = 8;
    int each = 20;
    try (KmipClient c = client();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
      List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          int ok = 0;
          for (int i = 0; i < each; i++) {
            String id = "t" + thread + "-" + i;
            if (c.activate(id).equals(id)) {
              ok++;
            }
          }
          return ok;
        }));
      }
      int ok = 0;
      for (var f : done) {
        ok += f.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
      assertThat(ok).isEqualTo(threads * each);
      assertThat(c.connectionsOpened()).isEqualTo(1);
    }
    assertThat(responder.requests).hasSize(threads * each);
  }

  @Test
  void aResponseClaimingOneGibibyteIsRefusedBeforeAllocation() {
    // Response Message, Structure, length 0x40000000: 1 GiB announced, nothing follows.
    responder.rawResponse = HexFormat.of().parseHex("42007B0140000000");
    responder.mode = KmipResponder.Mode.RAW;
    try (KmipClient c = client()) {
      assertThatThrownBy(c::discoverVersions)
          .isInstanceOf(KmipConnectionException.class)
          .hasMessageContaining("Message length: 1073741832 bytes (expected: at most " + TtlvLimits.DEFAULT_MAX_MESSAGE_BYTES + ")");
    }
  }

  @Test
  void framingErrorsAreClear() {
    responder.mode = KmipResponder.Mode.RAW;
    try (KmipClient c = client()) {
      responder.rawResponse = HexFormat.of().parseHex("4200780100000000");
      assertThatThrownBy(c::discoverVersions).isInstanceOf(KmipConnectionException.class)
          .hasMessageContaining("response tag: 0x420078 (expected: 0x42007B Response Message)");
      responder.rawResponse = HexFormat.of().parseHex("42007B0100000010420020");
      assertThatThrownBy(c::discoverVersions).isInstanceOf(KmipConnectionException.class)
          .hasMessageContaining("bytes before end of stream");
      assertThat(c.connectionsOpened()).isEqualTo(2);
    }
  }

  @Test
  void aSmallerLimitAppliesToResponses() {
    responder.answer(Operation.LOCATE, new LocateResponsePayload(null, java.util.Collections.nCopies(50, "an-identifier-of-some-length")));
    try (KmipClient c = builder(KmipVersion.V1_4).limits(TtlvLimits.DEFAULT.withMaxMessageBytes(512)).build()) {
      assertThatThrownBy(() -> c.locate(LocateRequest.all()))
          .isInstanceOf(KmipConnectionException.class).hasMessageContaining("(expected: at most 512)");
    }
  }

  // ---------------------------------------------------------------- typed operations: request trees and results

  @Test
  void createSendsTheSpecTemplateAttributeIn14AndAttributesIn21() {
    responder.answer(Operation.CREATE, new CreateResponsePayload(ObjectType.SYMMETRIC_KEY, "uid-1", null));
    CreateRequest r = CreateRequest.aes(256).name("k1").usage(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT);
    try (KmipClient c = client()) {
      assertThat(c.create(r)).isEqualTo("uid-1");
    }
    // KMIP 1.4 §4.1 Table 163: Object Type, Template-Attribute.
    assertThat(responder.lastPayload()).isEqualTo(payload(
        enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.value()),
        structure(Tag.TEMPLATE_ATTRIBUTE,
            v1Attr("Cryptographic Algorithm", enumeration(0, 3)),
            v1Attr("Cryptographic Length", integer(0, 256)),
            v1Attr("Name", name("k1")),
            v1Attr("Cryptographic Usage Mask", integer(0, 12)))));
    assertThat(responder.requests.get(0).header().protocolVersion()).isEqualTo(new ProtocolVersion(1, 4));
    assertThat(responder.requests.get(0).batchItems().get(0).uniqueBatchItemId()).isNull();

    try (KmipClient c = builder(KmipVersion.V2_1).build()) {
      assertThat(c.create(r)).isEqualTo("uid-1");
    }
    // KMIP 2.1 §6.1.8 Table 186: Object Type, Attributes.
    assertThat(responder.lastPayload()).isEqualTo(payload(
        enumeration(Tag.OBJECT_TYPE, 2),
        structure(Tag.ATTRIBUTES,
            enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 3), integer(Tag.CRYPTOGRAPHIC_LENGTH, 256), name("k1"),
            integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 12))));
    assertThat(responder.requests.get(1).header().protocolVersion()).isEqualTo(new ProtocolVersion(2, 1));
  }

  @Test
  void createKeyPair() {
    responder.answer(Operation.CREATE_KEY_PAIR, new CreateKeyPairResponsePayload("priv", "pub", null, null));
    try (KmipClient c = client()) {
      assertThat(c.createKeyPair(CreateKeyPairRequest.rsa(2048).names("k", "k.pub")
          .privateUsage(CryptographicUsageMask.SIGN).publicUsage(CryptographicUsageMask.VERIFY)))
          .isEqualTo(new CreateKeyPairResult("priv", "pub"));
    }
    // KMIP 1.4 §4.2 Table 166.
    assertThat(responder.lastPayload()).isEqualTo(payload(
        structure(Tag.COMMON_TEMPLATE_ATTRIBUTE,
            v1Attr("Cryptographic Algorithm", enumeration(0, 4)), v1Attr("Cryptographic Length", integer(0, 2048))),
        structure(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, v1Attr("Name", name("k")), v1Attr("Cryptographic Usage Mask", integer(0, 1))),
        structure(Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE, v1Attr("Name", name("k.pub")), v1Attr("Cryptographic Usage Mask", integer(0, 2)))));
  }

  @Test
  void registerSendsTheKeyBlock() {
    responder.answer(Operation.REGISTER, new RegisterResponsePayload("reg-1", null));
    SymmetricKey key = new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, KEY.clone(), CryptographicAlgorithm.AES, 256));
    try (KmipClient c = client()) {
      assertThat(c.register(key, Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 3)))).isEqualTo("reg-1");
    }
    // KMIP 1.4 §4.3 Table 169: Object Type, Template-Attribute, the object.
    assertThat(responder.lastPayload()).isEqualTo(payload(
        enumeration(Tag.OBJECT_TYPE, 2),
        structure(Tag.TEMPLATE_ATTRIBUTE, v1Attr("Cryptographic Algorithm", enumeration(0, 3))),
        structure(Tag.SYMMETRIC_KEY, structure(Tag.KEY_BLOCK,
            enumeration(Tag.KEY_FORMAT_TYPE, 1),
            structure(Tag.KEY_VALUE, TtlvItem.bytes(Tag.KEY_MATERIAL, KEY)),
            enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 3),
            integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)))));
  }

  @Test
  void getDecodesTheKeyAndRedactsItInToString() {
    SymmetricKey key = new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, KEY.clone(), CryptographicAlgorithm.AES, 256));
    responder.answer(Operation.GET, new GetResponsePayload(ObjectType.SYMMETRIC_KEY, "uid-1", key));
    try (KmipClient c = client()) {
      GetResult g = c.get("uid-1", KeyFormatType.RAW);
      assertThat(g.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
      assertThat(g.uniqueIdentifier()).isEqualTo("uid-1");
      assertThat(g.keyBlock().cryptographicAlgorithm()).isEqualTo(CryptographicAlgorithm.AES);
      assertThat(g.keyMaterial().bytes()).isEqualTo(KEY);
      String shown = g.toString();
      assertThat(shown).isEqualTo("GetResult[Symmetric Key uid-1, Raw, AES, 256 bits, key material 32 bytes (redacted)]");
      assertThat(shown.toLowerCase()).doesNotContain("0123456789");
      g.wipe();
      assertThat(g.keyMaterial().bytes()).containsOnly(0);
    }
    // KMIP 1.4 §4.11 Table 194.
    assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "uid-1"), enumeration(Tag.KEY_FORMAT_TYPE, 1)));
  }

  @Test
  void lifecycleOperations() {
    responder.answer(Operation.ACTIVATE, new ActivateResponsePayload("a"))
        .answer(Operation.REVOKE, new RevokeResponsePayload("a"))
        .answer(Operation.DESTROY, new DestroyResponsePayload("a"))
        .answer(Operation.RE_KEY, new ReKeyResponsePayload("b", null))
        .answer(Operation.CHECK, new CheckResponsePayload("a", null, 12, null));
    try (KmipClient c = client()) {
      assertThat(c.activate("a")).isEqualTo("a");
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a")));
      assertThat(c.revoke("a", RevocationReasonCode.CESSATION_OF_OPERATION, "retired")).isEqualTo("a");
      // KMIP 1.4 §4.20 Table 212.
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a"),
          structure(Tag.REVOCATION_REASON, enumeration(Tag.REVOCATION_REASON_CODE, 6), text(Tag.REVOCATION_MESSAGE, "retired"))));
      assertThat(c.destroy("a")).isEqualTo("a");
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a")));
      assertThat(c.reKey("a")).isEqualTo("b");
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a")));
      assertThat(c.check("a", null, 12, null).cryptographicUsageMask()).isEqualTo(12);
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a"), integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 12)));
    }
  }

  @Test
  void locate() {
    responder.answer(Operation.LOCATE, new LocateResponsePayload(7, List.of("a", "b")));
    try (KmipClient c = client()) {
      LocateResult r = c.locate(LocateRequest.all().name("k1").objectType(ObjectType.SYMMETRIC_KEY).state(State.ACTIVE).max(2).offset(4));
      assertThat(r).isEqualTo(new LocateResult(7, List.of("a", "b")));
    }
    // KMIP 1.4 §4.9 Table 190: Maximum Items, Offset Items, then Attribute*.
    assertThat(responder.lastPayload()).isEqualTo(payload(integer(Tag.MAXIMUM_ITEMS, 2), integer(Tag.OFFSET_ITEMS, 4),
        v1Attr("Name", name("k1")), v1Attr("Object Type", enumeration(0, 2)), v1Attr("State", enumeration(0, 2))));
  }

  @Test
  void attributeOperations() {
    Attributes attrs = Attributes.of(enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 3), integer(Tag.CRYPTOGRAPHIC_LENGTH, 256));
    Attribute group = Attribute.of(text(Tag.OBJECT_GROUP, "g"));
    responder.answer(Operation.GET_ATTRIBUTES, new GetAttributesResponsePayload("a", attrs))
        .answer(Operation.GET_ATTRIBUTE_LIST, new GetAttributeListResponsePayload("a",
            List.of(AttributeReference.of(Tag.CRYPTOGRAPHIC_ALGORITHM), AttributeReference.of(Tag.STATE))))
        .answer(Operation.ADD_ATTRIBUTE, new AddAttributeResponsePayload("a", group))
        .answer(Operation.MODIFY_ATTRIBUTE, new ModifyAttributeResponsePayload("a", group))
        .answer(Operation.DELETE_ATTRIBUTE, new DeleteAttributeResponsePayload("a", group))
        .answer(Operation.SET_ATTRIBUTE, new SetAttributeResponsePayload("a"));
    try (KmipClient c = client()) {
      assertThat(c.getAttributes("a", "Cryptographic Algorithm", "Cryptographic Length")).isEqualTo(attrs);
      // KMIP 1.4 §4.12 Table 196.
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a"),
          text(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"), text(Tag.ATTRIBUTE_NAME, "Cryptographic Length")));
      assertThatThrownBy(() -> c.getAttributes("a", "No Such Attribute")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("No Such Attribute");
      assertThat(c.getAttributeList("a")).containsExactly("Cryptographic Algorithm", "State");
      assertThat(c.addAttribute("a", group)).isEqualTo("a");
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a"), v1Attr("Object Group", text(0, "g"))));
      assertThat(c.modifyAttribute("a", group)).isEqualTo("a");
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a"), v1Attr("Object Group", text(0, "g"))));
      assertThat(c.deleteAttribute("a", AttributeReference.of(Tag.OBJECT_GROUP))).isEqualTo("a");
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a"), text(Tag.ATTRIBUTE_NAME, "Object Group")));
    }
    try (KmipClient c = builder(KmipVersion.V2_1).build()) {
      assertThat(c.setAttribute("a", group)).isEqualTo("a");
      // KMIP 2.1 §6.1.51 Table 322.
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a"),
          structure(Tag.NEW_ATTRIBUTE, text(Tag.OBJECT_GROUP, "g"))));
      assertThat(c.getAttributes("a", List.of(AttributeReference.of(Tag.CRYPTOGRAPHIC_ALGORITHM)))).isEqualTo(attrs);
      // KMIP 2.1 §6.1.20 Table 223.
      assertThat(responder.lastPayload()).isEqualTo(payload(text(Tag.UNIQUE_IDENTIFIER, "a"),
          enumeration(Tag.ATTRIBUTE_REFERENCE, Tag.CRYPTOGRAPHIC_ALGORITHM)));
    }
  }

  @Test
  void queryAndDiscoverVersions() {
    responder.answer(Operation.QUERY, new QueryResponsePayload(List.of(Operation.CREATE, Operation.GET), List.of(ObjectType.SYMMETRIC_KEY),
        "Test Vendor", null, null, null, null, null, null, null, null, null, null, null))
        .answer(Operation.DISCOVER_VERSIONS, new DiscoverVersionsResponsePayload(List.of(new ProtocolVersion(1, 2))));
    try (KmipClient c = client()) {
      QueryResult q = c.query(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS, QueryFunction.QUERY_SERVER_INFORMATION);
      assertThat(q.operations()).containsExactly(Operation.CREATE, Operation.GET);
      assertThat(q.objectTypes()).containsExactly(ObjectType.SYMMETRIC_KEY);
      assertThat(q.vendorIdentification()).isEqualTo("Test Vendor");
      // KMIP 1.4 §4.25 Table 222.
      assertThat(responder.lastPayload()).isEqualTo(payload(enumeration(Tag.QUERY_FUNCTION, 1), enumeration(Tag.QUERY_FUNCTION, 2),
          enumeration(Tag.QUERY_FUNCTION, 3)));
      assertThat(c.discoverVersions(List.of(new ProtocolVersion(1, 4), new ProtocolVersion(1, 2))))
          .containsExactly(new ProtocolVersion(1, 2));
      // KMIP 1.4 §4.26 Table 224.
      assertThat(responder.lastPayload()).isEqualTo(payload(
          structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 1), integer(Tag.PROTOCOL_VERSION_MINOR, 4)),
          structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 1), integer(Tag.PROTOCOL_VERSION_MINOR, 2))));
    }
  }

  @Test
  void negotiateVersionSwitchesToTheServersFirstChoice() {
    responder.answer(Operation.DISCOVER_VERSIONS, new DiscoverVersionsResponsePayload(List.of(new ProtocolVersion(2, 0), new ProtocolVersion(1, 4))))
        .answer(Operation.ACTIVATE, new ActivateResponsePayload("k"));
    try (KmipClient c = client()) {
      assertThat(c.negotiateVersion()).isEqualTo(KmipVersion.V2_0);
      assertThat(c.version()).isEqualTo(KmipVersion.V2_0);
      c.activate("k");
    }
    // Offered newest first, in the version of the client before negotiation.
    assertThat(responder.requests.get(0).version()).isEqualTo(KmipVersion.V1_4);
    assertThat(responder.requests.get(0).batchItems().get(0).payload().items()).hasSize(KmipVersion.values().length);
    assertThat(responder.requests.get(0).batchItems().get(0).payload().items().get(0))
        .isEqualTo(structure(Tag.PROTOCOL_VERSION, integer(Tag.PROTOCOL_VERSION_MAJOR, 2), integer(Tag.PROTOCOL_VERSION_MINOR, 1)));
    assertThat(responder.requests.get(1).version()).isEqualTo(KmipVersion.V2_0);
  }

  // ---------------------------------------------------------------- errors and batches

  @Test
  void aFailedItemSurfacesReasonAndMessage() {
    responder.fail(Operation.GET, ResultReason.ITEM_NOT_FOUND, "no object with this identifier");
    try (KmipClient c = client()) {
      assertThatThrownBy(() -> c.get("nope"))
          .isInstanceOf(KmipClientException.class)
          .hasMessage("Get: Item Not Found: no object with this identifier")
          .satisfies(e -> {
            KmipClientException k = (KmipClientException) e;
            assertThat(k.operation()).isEqualTo(Operation.GET);
            assertThat(k.resultStatus()).isEqualTo(ResultStatus.OPERATION_FAILED);
            assertThat(k.resultReason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
            assertThat(k.resultMessage()).isEqualTo("no object with this identifier");
          });
      // The connection stays usable after a failed item.
      assertThatThrownBy(() -> c.activate("x")).isInstanceOf(KmipClientException.class)
          .hasMessageContaining("Operation Not Supported");
      assertThat(c.connectionsOpened()).isEqualTo(1);
    }
  }

  @Test
  void batchMatchesItemsByIdAndRaisesOnlyTheFailedOne() {
    responder.answer(Operation.ACTIVATE, new ActivateResponsePayload("a"))
        .fail(Operation.GET, ResultReason.PERMISSION_DENIED, "not yours")
        .answer(Operation.DESTROY, new DestroyResponsePayload("a"));
    try (KmipClient c = client()) {
      KmipClient.Batch b = c.batch();
      assertThat(b.add(new dev.clavis.codec.ActivateRequestPayload("a"))).isZero();
      b.add(new GetRequestPayload("a", null, null, null, null));
      b.add(new DestroyRequestPayload("a"));
      KmipClient.BatchResult r = b.send();
      assertThat(r.size()).isEqualTo(3);
      assertThat(r.allSucceeded()).isFalse();
      assertThat(r.payload(0, ActivateResponsePayload.class).uniqueIdentifier()).isEqualTo("a");
      assertThatThrownBy(() -> r.payload(1, GetResponsePayload.class)).isInstanceOf(KmipClientException.class)
          .hasMessage("Get: Permission Denied: not yours");
      assertThat(r.payload(2, DestroyResponsePayload.class).uniqueIdentifier()).isEqualTo("a");
    }
    RequestMessage sent = responder.requests.get(0);
    assertThat(sent.header().batchCount()).isEqualTo(3);
    assertThat(sent.batchItems()).extracting(i -> HexFormat.of().formatHex(i.uniqueBatchItemId()))
        .containsExactly("00000001", "00000002", "00000003");
  }

  // ---------------------------------------------------------------- credentials

  @Test
  void traditionalPemKeysAreAcceptedPkcs1AndSec1(@TempDir Path d) {
    responder.answer(Operation.ACTIVATE, new ActivateResponsePayload("k"));
    for (boolean rsa : new boolean[] {true, false}) {
      Path sub = d.resolve(rsa ? "rsa" : "ec");
      TestPki.Issued id = pki.client(rsa ? "bob-rsa" : "bob-ec", rsa);
      pki.writeClientFiles(sub, id, true);
      try {
        assertThat(Files.readString(sub.resolve("client.key"))).contains(rsa ? "BEGIN RSA PRIVATE KEY" : "BEGIN EC PRIVATE KEY");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      try (KmipClient c = KmipClient.builder().port(responder.port())
          .clientCertificate(sub.resolve("client.pem"), sub.resolve("client.key")).trustedCa(sub.resolve("ca.pem")).build()) {
        assertThat(c.activate("k")).isEqualTo("k");
      }
    }
    assertThat(responder.peers).extracting(java.security.Principal::getName).containsExactly("CN=bob-rsa", "CN=bob-ec");
  }

  @Test
  void badCredentialFilesAreClearErrors(@TempDir Path d) throws IOException {
    Path missing = d.resolve("missing.pem");
    assertThatThrownBy(() -> KmipClient.builder().clientCertificate(missing, dir.resolve("client.key")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.pem: no such file");
    assertThatThrownBy(() -> KmipClient.builder().clientCertificate(dir.resolve("client.key"), dir.resolve("client.key")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no certificate");
    assertThatThrownBy(() -> KmipClient.builder().clientCertificate(dir.resolve("client.pem"), dir.resolve("client.pem")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no private key");
    assertThatThrownBy(() -> KmipClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client certificate: none");
  }
}
