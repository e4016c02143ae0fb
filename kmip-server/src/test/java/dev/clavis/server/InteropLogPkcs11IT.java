package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.clavis.codec.InteropRequestPayload;
import dev.clavis.codec.InteropResponsePayload;
import dev.clavis.codec.LogRequestPayload;
import dev.clavis.codec.LogResponsePayload;
import dev.clavis.codec.PKCS11RequestPayload;
import dev.clavis.codec.PKCS11ResponsePayload;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.spec.InteropFunction;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Interop, Log and PKCS#11 (KMIP 2.1 §6.1.26, §6.1.29, §6.1.37) end to end: a real {@link
 * ClavisServer} on port 0, real TLS, H2 file store.
 */
class InteropLogPkcs11IT {

  static final KmipVersion V = KmipVersion.V2_1;

  @TempDir Path dataDir;
  ServerFixture fixture;
  Logger logHandlerLog;
  ListAppender<ILoggingEvent> logged;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dataDir, java.util.Map.of("server.interop", "true"));
    logHandlerLog = (Logger) LoggerFactory.getLogger(LogHandler.class);
    logged = new ListAppender<>();
    logged.start();
    logHandlerLog.addAppender(logged);
  }

  @AfterEach
  void stop() {
    logHandlerLog.detachAppender(logged);
    fixture.close();
  }

  @Test
  void interopBeginEndResetAnswerAnEmptyPayload() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    for (InteropFunction f : InteropFunction.values()) {
      InteropResponsePayload r = c.ok(new InteropRequestPayload(f, "BL-M-1-21"));
      assertThat(r).isEqualTo(new InteropResponsePayload());
    }
  }

  @Test
  void interopIsNotServedUnlessConfigured(@TempDir Path otherDir) throws Exception {
    try (ServerFixture production = new ServerFixture(otherDir)) {
      ServerFixture.Connection c = production.connect(V);
      assertThat(c.reason(new InteropRequestPayload(InteropFunction.BEGIN, "BL-M-1-21")))
          .as("KMIP 2.1 §6.1.26: not available in a production server")
          .isEqualTo(dev.clavis.codec.spec.ResultReason.OPERATION_NOT_SUPPORTED);
    }
  }

  @Test
  void logWritesTheMessageOnOneLineWithTheClientsIdentity() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    LogResponsePayload r = c.ok(new LogRequestPayload("Registered a symmetric key.\nFAKE forged line"));
    assertThat(r).isEqualTo(new LogResponsePayload());
    assertThat(logged.list).hasSize(1);
    String line = logged.list.get(0).getFormattedMessage();
    assertThat(line).contains("Registered a symmetric key.\\u000aFAKE forged line").doesNotContain("\n")
        .contains("clavis-dev-client");

    String longMessage = "x".repeat(LogHandler.MAX_LOGGED_CHARS + 500);
    c.ok(new LogRequestPayload(longMessage));
    assertThat(logged.list.get(1).getFormattedMessage()).doesNotContain(longMessage)
        .contains("(" + longMessage.length() + " characters)");
  }

  @Test
  void pkcs11InitializeGetInfoFinalize() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    PKCS11ResponsePayload init = c.ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_INITIALIZE, false, null, new byte[] {1}));
    assertThat(init.returnCode()).isEqualTo(Pkcs11Handler.CKR_OK);
    assertThat(init.function()).isEqualTo(Pkcs11Handler.C_INITIALIZE);
    byte[] session = init.correlationValue();
    assertThat(session).hasSize(16);

    PKCS11ResponsePayload info = c.ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_GET_INFO, false, session, null));
    assertThat(info.returnCode()).isEqualTo(Pkcs11Handler.CKR_OK);
    assertThat(info.correlationValue()).isNull();
    byte[] ckInfo = info.outputParameters();
    assertThat(ckInfo).hasSize(76);
    assertThat(ckInfo[0]).as("cryptokiVersion.major").isEqualTo((byte) 2);
    assertThat(ckInfo[1]).as("cryptokiVersion.minor").isEqualTo((byte) 40);
    assertThat(new String(ckInfo, 2, 32, StandardCharsets.US_ASCII)).isEqualTo(String.format("%-32s", "Clavis"));
    assertThat(java.util.Arrays.copyOfRange(ckInfo, 34, 42)).as("flags").containsOnly(0);
    assertThat(new String(ckInfo, 42, 32, StandardCharsets.US_ASCII)).isEqualTo(String.format("%-32s", "Clavis KMIP server"));

    PKCS11ResponsePayload fin = c.ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_FINALIZE, false, session, null));
    assertThat(fin.returnCode()).isEqualTo(Pkcs11Handler.CKR_OK);
    PKCS11ResponsePayload after = c.ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_GET_INFO, false, session, null));
    assertThat(after.returnCode()).as("the session ended").isEqualTo(Pkcs11Handler.CKR_CRYPTOKI_NOT_INITIALIZED);
    assertThat(after.outputParameters()).isNull();
  }

  @Test
  void pkcs11SessionsBelongToTheClientThatOpenedThem() throws Exception {
    ServerFixture.Connection dev = fixture.connect(V);
    ServerFixture.Connection other = fixture.connect(V, ServerFixture.PKI.otherClientCert, ServerFixture.PKI.otherClientKey);
    byte[] session = dev.<PKCS11ResponsePayload>ok(
        new PKCS11RequestPayload(null, Pkcs11Handler.C_INITIALIZE, false, null, null)).correlationValue();
    PKCS11ResponsePayload foreign = other.ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_GET_INFO, false, session, null));
    assertThat(foreign.returnCode()).isEqualTo(Pkcs11Handler.CKR_CRYPTOKI_NOT_INITIALIZED);
    assertThat(dev.<PKCS11ResponsePayload>ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_GET_INFO, false, session, null))
        .returnCode()).isEqualTo(Pkcs11Handler.CKR_OK);

    // Interop Reset ends the caller's sessions.
    dev.ok(new InteropRequestPayload(InteropFunction.RESET, "reset"));
    assertThat(dev.<PKCS11ResponsePayload>ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_GET_INFO, false, session, null))
        .returnCode()).isEqualTo(Pkcs11Handler.CKR_CRYPTOKI_NOT_INITIALIZED);
  }

  @Test
  void pkcs11UnimplementedUnknownAndVendorFunctionsAndOtherInterfaces() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    byte[] session = c.<PKCS11ResponsePayload>ok(
        new PKCS11RequestPayload(null, Pkcs11Handler.C_INITIALIZE, false, null, null)).correlationValue();
    int cEncrypt = 31;
    PKCS11ResponsePayload encrypt = c.ok(new PKCS11RequestPayload(null, cEncrypt, false, session, new byte[] {1, 2, 3}));
    assertThat(encrypt.returnCode()).isEqualTo(Pkcs11Handler.CKR_FUNCTION_NOT_SUPPORTED);
    assertThat(encrypt.function()).isEqualTo(cEncrypt);
    assertThat(encrypt.outputParameters()).isNull();

    assertThat(c.reason(new PKCS11RequestPayload(null, 94, false, session, null)))
        .isEqualTo(ResultReason.PKCS_11_INVALID_FUNCTION);
    assertThat(c.reason(new PKCS11RequestPayload(null, 0x8000_0001, true, session, null)))
        .isEqualTo(ResultReason.PKCS_11_INVALID_FUNCTION);
    assertThat(c.reason(new PKCS11RequestPayload("Vendor NSS", Pkcs11Handler.C_GET_INFO, false, session, null)))
        .isEqualTo(ResultReason.PKCS_11_INVALID_INTERFACE);
    PKCS11ResponsePayload named = c.ok(new PKCS11RequestPayload("PKCS 11", Pkcs11Handler.C_GET_INFO, false, session, null));
    assertThat(named.pkcs11Interface()).isEqualTo("PKCS 11");
    assertThat(named.returnCode()).isEqualTo(Pkcs11Handler.CKR_OK);

    PKCS11ResponsePayload bad = c.ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_INITIALIZE, false, null,
        new byte[Pkcs11Handler.MAX_INPUT_BYTES + 1]));
    assertThat(bad.returnCode()).isEqualTo(Pkcs11Handler.CKR_ARGUMENTS_BAD);
    assertThat(bad.correlationValue()).isNull();
  }

  @Test
  void aClientKeepsAtMostSixteenSessions() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    byte[] first = null;
    byte[] last = null;
    for (int i = 0; i <= Pkcs11Handler.MAX_SESSIONS_PER_CLIENT; i++) {
      last = c.<PKCS11ResponsePayload>ok(
          new PKCS11RequestPayload(null, Pkcs11Handler.C_INITIALIZE, false, null, null)).correlationValue();
      first = first == null ? last : first;
    }
    assertThat(c.<PKCS11ResponsePayload>ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_GET_INFO, false, last, null))
        .returnCode()).isEqualTo(Pkcs11Handler.CKR_OK);
    assertThat(c.<PKCS11ResponsePayload>ok(new PKCS11RequestPayload(null, Pkcs11Handler.C_GET_INFO, false, first, null))
        .returnCode()).as("the oldest session made room").isEqualTo(Pkcs11Handler.CKR_CRYPTOKI_NOT_INITIALIZED);
  }

  @Test
  void queryListsTheOperations() throws Exception {
    ServerFixture.Connection c = fixture.connect(V);
    QueryResponsePayload q = c.ok(new QueryRequestPayload(List.of(QueryFunction.QUERY_OPERATIONS), null));
    assertThat(q.operations()).contains(Operation.INTEROP, Operation.LOG, Operation.PKCS_11);
  }
}
