package dev.clavis.server;

import static dev.clavis.codec.TtlvItem.enumeration;
import static dev.clavis.codec.TtlvItem.integer;
import static dev.clavis.codec.TtlvItem.structure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.TtlvItem;
import dev.clavis.codec.spec.ClientRegistrationMethod;
import dev.clavis.codec.spec.DestroyAction;
import dev.clavis.codec.spec.DrbgAlgorithm;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ProfileName;
import dev.clavis.codec.spec.ProtectionStorageMask;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.RngAlgorithm;
import dev.clavis.codec.spec.Tag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Query (KMIP 1.4 §4.25, KMIP 2.1 §6.1.40) over real TLS: every query function, each answer
 * rendered only with what the request's version defines (checked by {@link ResponseShapeGuard}).
 */
class QueryIT {

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

  private static List<Integer> values(List<TtlvItem.Structure> list, int tag) {
    List<Integer> out = new ArrayList<>();
    for (TtlvItem.Structure s : list) {
      s.find(tag, TtlvItem.Enumeration.class).ifPresent(e -> out.add(e.value()));
    }
    return out;
  }

  @Test
  void rngsCapabilitiesRegistrationAndValidationsAt14() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V1_4);
    QueryResponsePayload q = c.ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_RNGS,
        QueryFunction.QUERY_CAPABILITIES, QueryFunction.QUERY_CLIENT_REGISTRATION_METHODS,
        QueryFunction.QUERY_VALIDATIONS, QueryFunction.QUERY_ATTESTATION_TYPES,
        QueryFunction.QUERY_APPLICATION_NAMESPACES, QueryFunction.QUERY_EXTENSION_MAP), null));
    assertThat(q.operations()).as("not asked").isEmpty();
    assertThat(values(q.rngParameters(), Tag.RNG_ALGORITHM))
        .containsExactly(RngAlgorithm.DRBG.value(), RngAlgorithm.DRBG.value());
    assertThat(q.rngParameters().get(1).find(Tag.DRBG_ALGORITHM, TtlvItem.Enumeration.class))
        .as("key pairs: the JDK's DRBG, Hash_DRBG by default").map(TtlvItem.Enumeration::value)
        .contains(DrbgAlgorithm.HASH.value());
    TtlvItem.Structure drbg = q.rngParameters().getFirst();
    assertThat(drbg.find(Tag.DRBG_ALGORITHM, TtlvItem.Enumeration.class)).map(TtlvItem.Enumeration::value)
        .contains(DrbgAlgorithm.HMAC.value());
    assertThat(drbg.find(Tag.PREDICTION_RESISTANCE, TtlvItem.Bool.class)).map(TtlvItem.Bool::value).contains(true);
    assertThat(q.capabilityInformation()).singleElement().satisfies(cap -> {
      assertThat(cap.find(Tag.BATCH_UNDO_CAPABILITY, TtlvItem.Bool.class)).map(TtlvItem.Bool::value).contains(true);
      assertThat(cap.find(Tag.ASYNCHRONOUS_CAPABILITY, TtlvItem.Bool.class)).map(TtlvItem.Bool::value).contains(false);
      assertThat(cap.find(Tag.DESTROY_ACTION, TtlvItem.Enumeration.class)).map(TtlvItem.Enumeration::value)
          .contains(DestroyAction.KEY_MATERIAL_DELETED.value());
      assertThat(cap.find(Tag.QUANTUM_SAFE_CAPABILITY, TtlvItem.Bool.class)).as("a 2.0 field").isEmpty();
    });
    assertThat(q.clientRegistrationMethods()).containsExactly(ClientRegistrationMethod.UNSPECIFIED);
    assertThat(q.validationInformation()).as("no formal validation asserted").isEmpty();
    assertThat(q.attestationTypes()).isEmpty();
    assertThat(q.applicationNamespaces()).isEmpty();
    assertThat(q.extensionInformation()).isEmpty();
  }

  @Test
  void profilesFollowTheRequestVersion() throws Exception {
    QueryResponsePayload p14 = fixture.connect(KmipVersion.V1_4)
        .ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_PROFILES), null));
    assertThat(values(p14.profileInformation(), Tag.PROFILE_NAME)).contains(
        ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4.value(),
        ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_0.value(),
        ProfileName.RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_3.value())
        .doesNotContain(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER.value(),
            ProfileName.TAPE_LIBRARY_SERVER_KMIP_V1_4.value(), ProfileName.BASELINE_SERVER_BASIC_KMIP_V1_4.value());

    QueryResponsePayload p13 = fixture.connect(KmipVersion.V1_3)
        .ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_PROFILES), null));
    assertThat(values(p13.profileInformation(), Tag.PROFILE_NAME))
        .contains(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3.value())
        .doesNotContain(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4.value());

    QueryResponsePayload p20 = fixture.connect(KmipVersion.V2_0)
        .ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_PROFILES), null));
    assertThat(p20.profileInformation()).isNotEmpty().allSatisfy(s -> assertThat(s.find(Tag.PROFILE_VERSION,
        TtlvItem.Structure.class).flatMap(pv -> pv.find(Tag.PROFILE_VERSION_MINOR, TtlvItem.Int.class))
        .map(TtlvItem.Int::value)).as("2.0 sees profile versions up to 2.0").contains(0));
    assertThat(values(p20.profileInformation(), Tag.PROFILE_NAME))
        .doesNotContain(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4.value());

    QueryResponsePayload p21 = fixture.connect(KmipVersion.V2_1)
        .ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_PROFILES), null));
    assertThat(values(p21.profileInformation(), Tag.PROFILE_NAME))
        .contains(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER.value(), ProfileName.AES_XTS_SERVER.value());

    QueryResponsePayload p12 = fixture.connect(KmipVersion.V1_2)
        .ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_PROFILES, QueryFunction.QUERY_RNGS), null));
    assertThat(p12.profileInformation()).as("Profile Information is a 1.3 field").isEmpty();
    assertThat(p12.rngParameters()).isEmpty();
  }

  @Test
  void defaultsAndStorageMasksAt21() throws Exception {
    ServerFixture.Connection c = fixture.connect(KmipVersion.V2_1);
    QueryResponsePayload q = c.ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_DEFAULTS_INFORMATION,
        QueryFunction.QUERY_STORAGE_PROTECTION_MASKS, QueryFunction.QUERY_CAPABILITIES), null));
    assertThat(q.defaultsInformation()).isNotNull();
    assertThat(q.defaultsInformation().find(Tag.OBJECT_DEFAULTS, TtlvItem.Structure.class)).isPresent();
    assertThat(q.protectionStorageMasks().find(Tag.PROTECTION_STORAGE_MASK, TtlvItem.Int.class))
        .map(TtlvItem.Int::value).as("the software key protection").contains(ProtectionStorageMask.SOFTWARE.value());
    assertThat(q.capabilityInformation().getFirst().find(Tag.QUANTUM_SAFE_CAPABILITY, TtlvItem.Bool.class)).isPresent();
  }

  /** Every query function at once, at each version from 1.0: the response has the version's exact shape. */
  @ParameterizedTest
  @EnumSource(value = KmipVersion.class)
  void everyFunctionIsWellShapedAtEachVersion(KmipVersion v) throws Exception {
    ServerFixture.Connection c = fixture.connect(v);
    List<TtlvItem> functions = new ArrayList<>();
    Arrays.stream(QueryFunction.values()).filter(f -> f.definedIn(v))
        .forEach(f -> functions.add(enumeration(Tag.QUERY_FUNCTION, f.value())));
    TtlvItem request = structure(Tag.REQUEST_MESSAGE,
        structure(Tag.REQUEST_HEADER, ProtocolVersion.of(v).toTtlv(), integer(Tag.BATCH_COUNT, 1)),
        structure(Tag.BATCH_ITEM, enumeration(Tag.OPERATION, Operation.QUERY.value()),
            structure(Tag.REQUEST_PAYLOAD, functions)));
    TtlvItem answer = c.exchange(request);
    assertThat(ResponseShapeGuard.check(request, answer)).isEmpty();
    ResponseMessage m = ResponseMessage.fromTtlv(answer);
    assertThat(m.batchItems()).singleElement().satisfies(i -> {
      assertThat(i.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
      QueryResponsePayload q = QueryResponsePayload.fromTtlv(i.payload(), v);
      assertThat(q.operations()).contains(Operation.QUERY);
      assertThat(q.rngParameters().isEmpty()).isEqualTo(!v.atLeast(KmipVersion.V1_3));
      assertThat(q.capabilityInformation().isEmpty()).isEqualTo(!v.atLeast(KmipVersion.V1_3));
      assertThat(q.protectionStorageMasks() == null).isEqualTo(!v.atLeast(KmipVersion.V2_0));
    });
  }
}
