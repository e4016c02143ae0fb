package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.Credential;
import dev.clavis.codec.DelegatedLoginRequestPayload;
import dev.clavis.codec.DelegatedLoginResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.LoginRequestPayload;
import dev.clavis.codec.LoginResponsePayload;
import dev.clavis.codec.LogoutRequestPayload;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestPayload;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.Right;
import dev.clavis.codec.Ticket;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.TicketType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Login, Logout and Delegated Login (KMIP 2.1 §6.1.30, §6.1.31, §6.1.12) over real TLS: a ticket
 * authenticates later requests as the identity that logged in, from its certificate only, until
 * it expires, is used up or logged out; a delegated ticket acts only within its Rights. Ticket
 * values are never printed: assertions compare reasons and lengths.
 */
class LoginIT {

  static final KmipVersion V = KmipVersion.V2_1;

  @TempDir Path dataDir;
  ServerFixture fixture;
  ServerFixture.Connection dev;
  ServerFixture.Connection other;

  @BeforeEach
  void start() throws Exception {
    fixture = new ServerFixture(dataDir);
    dev = fixture.connect(V);
    other = fixture.connect(V, ServerFixture.PKI.otherClientCert, ServerFixture.PKI.otherClientKey);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static ResponseBatchItem with(ServerFixture.Connection c, Ticket t, RequestPayload p) throws Exception {
    RequestHeader h = RequestHeader.of(V, 1).withAuthentication(List.of(Credential.ticket(t)));
    return c.batch(h, List.of(p)).batchItems().getFirst();
  }

  private static ResultReason failure(ResponseBatchItem i) {
    assertThat(i.resultStatus()).isEqualTo(ResultStatus.OPERATION_FAILED);
    return i.resultReason();
  }

  private Ticket login(Long leaseSeconds, Integer count) throws Exception {
    LoginResponsePayload r = dev.ok(new LoginRequestPayload(leaseSeconds, null, count, null));
    return r.ticket();
  }

  private String newKey(ServerFixture.Connection c) throws Exception {
    return c.<CreateResponsePayload>ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
        OperationsIT.aes(128, null), null)).uniqueIdentifier();
  }

  private static GetAttributesRequestPayload attrs(String uid) {
    return new GetAttributesRequestPayload(uid, List.of());
  }

  @Test
  void aLoginTicketActsAsItsIdentityFromItsCertificateOnly() throws Exception {
    Ticket t = login(null, null);
    Ticket t2 = login(0L, 0);
    assertThat(t.type()).isEqualTo(TicketType.LOGIN);
    assertThat(t.value()).hasSize(32);
    assertThat(Arrays.equals(t.value(), t2.value())).as("two tickets differ").isFalse();

    String own = newKey(dev);
    String others = newKey(other);
    // Created with the ticket: owned by the identity that logged in.
    ResponseBatchItem created = with(dev, t, new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
        OperationsIT.aes(128, null), null));
    assertThat(created.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    String viaTicket = ((CreateResponsePayload) created.payload(V)).uniqueIdentifier();
    assertThat(dev.call(new GetRequestPayload(viaTicket, null, null, null, null)).resultStatus())
        .isEqualTo(ResultStatus.SUCCESS);
    assertThat(with(dev, t, new GetRequestPayload(own, null, null, null, null)).resultStatus())
        .isEqualTo(ResultStatus.SUCCESS);
    assertThat(failure(with(dev, t, attrs(others)))).as("the identity's rights, no more")
        .isEqualTo(ResultReason.OBJECT_NOT_FOUND);

    // From another client certificate: the same answer as for an unknown ticket.
    assertThat(failure(with(other, t, attrs(own)))).isEqualTo(ResultReason.INVALID_TICKET);
    assertThat(failure(with(other, new Ticket(TicketType.LOGIN, new byte[32]), attrs(own))))
        .isEqualTo(ResultReason.INVALID_TICKET);
    // A ticket does not mint tickets (that would outlive its lease).
    assertThat(failure(with(dev, t, new LoginRequestPayload(null, null, null, null))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
  }

  @Test
  void logoutInvalidatesTheTicket() throws Exception {
    Ticket t = login(null, null);
    String own = newKey(dev);
    assertThat(with(dev, t, attrs(own)).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    assertThat(other.reason(new LogoutRequestPayload(t))).as("another certificate cannot log it out")
        .isEqualTo(ResultReason.INVALID_TICKET);
    dev.ok(new LogoutRequestPayload(t));
    assertThat(failure(with(dev, t, attrs(own)))).isEqualTo(ResultReason.INVALID_TICKET);
    assertThat(dev.reason(new LogoutRequestPayload(t))).isEqualTo(ResultReason.INVALID_TICKET);
  }

  @Test
  void leaseTimeAndRequestCountLimitTheTicket() throws Exception {
    String own = newKey(dev);
    Ticket shortLived = login(1L, null);
    assertThat(with(dev, shortLived, attrs(own)).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    Thread.sleep(2_100);
    assertThat(failure(with(dev, shortLived, attrs(own)))).as("expired").isEqualTo(ResultReason.INVALID_TICKET);

    Ticket twice = login(null, 2);
    assertThat(with(dev, twice, attrs(own)).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    assertThat(with(dev, twice, attrs(own)).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    assertThat(failure(with(dev, twice, attrs(own)))).isEqualTo(ResultReason.USAGE_LIMIT_EXCEEDED);

    assertThat(dev.reason(new LoginRequestPayload(null, java.time.Instant.now().minusSeconds(60), null, null)))
        .as("a Lease Time date in the past").isEqualTo(ResultReason.INVALID_FIELD);
    LoginResponsePayload until = dev.ok(new LoginRequestPayload(null, java.time.Instant.now().plusSeconds(600), 1, null));
    assertThat(with(dev, until.ticket(), attrs(own)).resultStatus()).as("a Lease Time date").isEqualTo(ResultStatus.SUCCESS);
    assertThat(dev.reason(new LoginRequestPayload(null, null, -1, null))).isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void aDelegatedTicketActsOnlyWithinItsRights() throws Exception {
    String k0 = newKey(dev);
    String k1 = newKey(dev);
    List<Right> rights = List.of(
        new Right(null, List.of(Operation.QUERY), null, null),
        new Right(null, List.of(Operation.GET_ATTRIBUTES), List.of(k0), null));
    Ticket t = dev.<DelegatedLoginResponsePayload>ok(new DelegatedLoginRequestPayload(null, null, null, null, rights))
        .ticket();

    // Handed to another client: it acts as the delegator, within the Rights.
    assertThat(with(other, t, attrs(k0)).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    assertThat(failure(with(other, t, new GetRequestPayload(k0, null, null, null, null))))
        .isEqualTo(ResultReason.NOT_AUTHORISED);
    assertThat(failure(with(other, t, attrs(k1)))).isEqualTo(ResultReason.NOT_AUTHORISED);
    assertThat(failure(with(other, t, new DestroyRequestPayload(k0)))).isEqualTo(ResultReason.NOT_AUTHORISED);
    assertThat(failure(with(other, t, new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
        OperationsIT.aes(128, null), null)))).isEqualTo(ResultReason.NOT_AUTHORISED);
    ResponseBatchItem q = with(other, t, new QueryRequestPayload(List.of(QueryFunction.QUERY_OPERATIONS), null));
    assertThat(((QueryResponsePayload) q.payload(V)).operations())
        .containsExactlyInAnyOrder(Operation.QUERY, Operation.GET_ATTRIBUTES);
    // Without the ticket the other client is itself: k0 is not its object.
    assertThat(other.reason(attrs(k0))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);

    dev.ok(new LogoutRequestPayload(t));
    assertThat(failure(with(other, t, attrs(k0)))).isEqualTo(ResultReason.INVALID_TICKET);
  }

  @Test
  void nobodyDelegatesWhatItDoesNotHave() throws Exception {
    String others = newKey(other);
    assertThat(dev.reason(new DelegatedLoginRequestPayload(null, null, null, null,
        List.of(new Right(null, List.of(Operation.GET), List.of(others), null)))))
        .as("another's object").isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(dev.reason(new DelegatedLoginRequestPayload(null, null, null, null,
        List.of(new Right(null, null, List.of("no-such-object"), null)))))
        .as("the same answer for an object that does not exist").isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(dev.reason(new DelegatedLoginRequestPayload(null, null, null, null,
        List.of(new Right(null, null, null, List.of("group"))))))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    // A delegated ticket cannot delegate further.
    Ticket t = dev.<DelegatedLoginResponsePayload>ok(new DelegatedLoginRequestPayload(null, null, null, null,
        List.of(new Right(null, null, null, null)))).ticket();
    assertThat(failure(with(other, t, new DelegatedLoginRequestPayload(null, null, null, null,
        List.of(new Right(null, null, null, null)))))).isEqualTo(ResultReason.PERMISSION_DENIED);
  }
}
