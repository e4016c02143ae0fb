package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KeyBlock;
import dev.clavis.codec.LocateRequestPayload;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.SecretData;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.SecretDataType;
import dev.clavis.codec.CreateRequestPayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.Credential;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.GetAttributeListRequestPayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestPayload;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.codec.spec.ResultStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The access matrix (issue 7, DESIGN §5): principals (roles) × operations × the caller's relation
 * to the object (own, another's, granted) → the expected outcome, each row on a fresh object over
 * real TLS. Grants are written with the real {@code clavis grant} command on the stopped server's
 * data directory, then the server is restarted on it. Expected: owner and admin succeed; another's
 * object is Item Not Found; a grantee runs exactly the granted operations (others Permission
 * Denied); an auditor runs read-only operations on every object and gets Permission Denied for the
 * rest; an identity without a role, an unknown user and a wrong password get Authentication Not
 * Successful. Two custom roles (ADR 0008): {@code tde-reader} (Get, Locate, Get Attributes on every
 * Symmetric Key) and {@code cert-manager} (its own Certificates and Secret Data only): an operation
 * outside the role is Permission Denied, an object of a type outside it Item Not Found, even when
 * granted.
 */
class AccessMatrixIT {

  static final KmipVersion V = KmipVersion.V1_4;
  static final String DEV = "CN=clavis-dev-client,O=Clavis development PKI";
  static final String OTHER = "CN=other-client,O=Clavis development PKI";
  static final String PASSWORD = "correct horse battery staple";

  @TempDir Path dataDir;

  enum Principal { ADMIN, OPERATOR_DEV, OPERATOR_OTHER, AUDITOR, NO_ROLE, WRONG_PASSWORD, TDE_READER, CERT_MANAGER }

  /** Operations of the custom role {@code tde-reader} (objects: all, object types: Symmetric Key). */
  static final List<Operation> TDE_READER_OPS = List.of(Operation.GET, Operation.LOCATE, Operation.GET_ATTRIBUTES);
  /** Operations of the custom role {@code cert-manager} (objects: own, object types: Certificate, Secret Data). */
  static final List<Operation> CERT_MANAGER_OPS = List.of(Operation.CREATE, Operation.REGISTER, Operation.GET,
      Operation.GET_ATTRIBUTES, Operation.ACTIVATE, Operation.DESTROY, Operation.LOCATE);

  enum Relation { OWN, OTHERS, GRANTED }

  enum Op {
    GET(Operation.GET, uid -> new GetRequestPayload(uid, null, null, null, null)),
    GET_ATTRIBUTES(Operation.GET_ATTRIBUTES, uid -> new GetAttributesRequestPayload(uid, List.of())),
    GET_ATTRIBUTE_LIST(Operation.GET_ATTRIBUTE_LIST, GetAttributeListRequestPayload::new),
    ACTIVATE(Operation.ACTIVATE, ActivateRequestPayload::new),
    DESTROY(Operation.DESTROY, DestroyRequestPayload::new);

    final Operation operation;
    final Function<String, RequestPayload> request;

    Op(Operation operation, Function<String, RequestPayload> request) {
      this.operation = operation;
      this.request = request;
    }
  }

  /** One row: who, what, on which kind of object, expecting success ({@code null}) or this reason. */
  static final class Row {
    final Principal who;
    final Op op;
    final Relation relation;
    final ResultReason expected;
    String uid;

    Row(Principal who, Op op, Relation relation, ResultReason expected) {
      this.who = who;
      this.op = op;
      this.relation = relation;
      this.expected = expected;
    }

    @Override
    public String toString() {
      return who + " " + op + " " + relation + " -> " + (expected == null ? "Success" : expected.specName());
    }
  }

  static final List<Op> GRANTED_OPS = List.of(Op.GET, Op.GET_ATTRIBUTES);

  static List<Row> matrix() {
    List<Row> rows = new ArrayList<>();
    for (Op op : Op.values()) {
      boolean readOnly = AccessPolicy.READ_ONLY.contains(op.operation);
      rows.add(new Row(Principal.ADMIN, op, Relation.OWN, null));
      rows.add(new Row(Principal.ADMIN, op, Relation.OTHERS, null));
      for (Principal p : List.of(Principal.OPERATOR_DEV, Principal.OPERATOR_OTHER)) {
        rows.add(new Row(p, op, Relation.OWN, null));
        rows.add(new Row(p, op, Relation.OTHERS, ResultReason.ITEM_NOT_FOUND));
        rows.add(new Row(p, op, Relation.GRANTED, GRANTED_OPS.contains(op) ? null : ResultReason.PERMISSION_DENIED));
      }
      rows.add(new Row(Principal.AUDITOR, op, Relation.OTHERS, readOnly ? null : ResultReason.PERMISSION_DENIED));
      rows.add(new Row(Principal.AUDITOR, op, Relation.GRANTED, readOnly ? null : ResultReason.PERMISSION_DENIED));
      for (Principal p : List.of(Principal.NO_ROLE, Principal.WRONG_PASSWORD)) {
        rows.add(new Row(p, op, Relation.OWN, ResultReason.AUTHENTICATION_NOT_SUCCESSFUL));
        rows.add(new Row(p, op, Relation.OTHERS, ResultReason.AUTHENTICATION_NOT_SUCCESSFUL));
      }
    }
    // Custom roles, on the matrix's Symmetric Keys: tde-reader sees every one (scope all) and runs
    // its operations only; cert-manager may not use the type at all, so a key is Item Not Found for
    // the operations it has (a grant changes nothing) and Permission Denied for those it has not.
    for (Op op : Op.values()) {
      for (Relation rel : List.of(Relation.OTHERS, Relation.GRANTED)) {
        rows.add(new Row(Principal.TDE_READER, op, rel,
            TDE_READER_OPS.contains(op.operation) ? null : ResultReason.PERMISSION_DENIED));
        rows.add(new Row(Principal.CERT_MANAGER, op, rel,
            CERT_MANAGER_OPS.contains(op.operation) ? ResultReason.ITEM_NOT_FOUND : ResultReason.PERMISSION_DENIED));
      }
    }
    return rows;
  }

  Map<String, String> overrides() {
    String hash = OpenBSDBCrypt.generate("2y", PASSWORD.toCharArray(), new byte[16], 4);
    return Map.ofEntries(
        Map.entry("access.operators", DEV + ";" + OTHER),
        Map.entry("access.auditors", "user:audit"),
        Map.entry("access.default-role", "none"),
        Map.entry("access.users", "audit:" + hash + ";nobody:" + hash + ";tde:" + hash + ";certs:" + hash),
        Map.entry("access.roles.tde-reader.operations", "Get;Locate;Get Attributes"),
        Map.entry("access.roles.tde-reader.object-types", "Symmetric Key"),
        Map.entry("access.roles.tde-reader.objects", "all"),
        Map.entry("access.roles.tde-reader.members", "user:tde"),
        Map.entry("access.roles.cert-manager.operations", "Create;Register;Get;get-attributes;Activate;Destroy;Locate"),
        Map.entry("access.roles.cert-manager.object-types", "Certificate;Secret Data"),
        Map.entry("access.roles.cert-manager.members", "user:certs"));
  }

  /** The identity owning the row's object, and the connection that creates it. */
  static Principal owner(Row r) {
    return switch (r.relation) {
      case OWN -> switch (r.who) {
        case ADMIN, OPERATOR_DEV, OPERATOR_OTHER -> r.who;
        default -> Principal.OPERATOR_DEV;
      };
      case OTHERS, GRANTED -> r.who == Principal.OPERATOR_DEV ? Principal.OPERATOR_OTHER : Principal.OPERATOR_DEV;
    };
  }

  static String grantee(Principal p) {
    return switch (p) {
      case OPERATOR_DEV -> DEV;
      case OPERATOR_OTHER -> OTHER;
      case AUDITOR -> "user:audit";
      case TDE_READER -> "user:tde";
      case CERT_MANAGER -> "user:certs";
      default -> throw new IllegalArgumentException("grantee: " + p);
    };
  }

  @Test
  void everyRoleOperationAndRelationGetsItsResult() throws Exception {
    List<Row> rows = matrix();
    // 1. The owners create one fresh object per row.
    try (ServerFixture f = new ServerFixture(dataDir, overrides())) {
      Map<Principal, ServerFixture.Connection> c = connections(f);
      for (Row r : rows) {
        CreateResponsePayload created = c.get(owner(r)).ok(new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
            OperationsIT.aes(256, null), null));
        r.uid = created.uniqueIdentifier();
      }
    }
    // 2. Grants through the real command, on the stopped server's data directory.
    int grants = 0;
    for (Row r : rows) {
      if (r.relation == Relation.GRANTED) {
        assertThat(clavis("grant", "--data-dir", dataDir.toString(), "--object", r.uid, "--to", grantee(r.who),
            "--operations", "get,get-attributes")).contains("granted to " + grantee(r.who));
        grants++;
      }
    }
    // 3. Restart and run the matrix.
    List<String> wrong = new ArrayList<>();
    try (ServerFixture f = new ServerFixture(dataDir, overrides())) {
      Map<Principal, ServerFixture.Connection> c = connections(f);
      for (Row r : rows) {
        ServerFixture.Connection conn = c.get(r.who);
        ResponseBatchItem item = conn.batch(header(r.who), List.of(r.op.request.apply(r.uid))).batchItems().get(0);
        ResultReason actual = item.resultStatus() == ResultStatus.SUCCESS ? null : item.resultReason();
        if (actual != r.expected) {
          wrong.add(r + " but got " + (actual == null ? "Success" : actual.specName() + ": " + item.resultMessage()));
        }
      }
    }
    // 4. revoke-grant withdraws it: the grantee no longer sees the object at all.
    Row granted = rows.stream().filter(r -> r.relation == Relation.GRANTED && r.who == Principal.OPERATOR_OTHER
        && r.op == Op.GET).findFirst().orElseThrow();
    assertThat(clavis("revoke-grant", "--data-dir", dataDir.toString(), "--object", granted.uid, "--to", OTHER))
        .contains("revoked from " + OTHER);
    try (ServerFixture f = new ServerFixture(dataDir, overrides())) {
      ServerFixture.Connection other = connections(f).get(Principal.OPERATOR_OTHER);
      assertThat(other.reason(Op.GET.request.apply(granted.uid))).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    }
    System.out.printf("access matrix: %d rows (%d principals x %d operations x own/other's/granted), %d grants%n",
        rows.size(), Principal.values().length, Op.values().length, grants);
    assertThat(wrong).as("rows with another result").isEmpty();
    assertThat(rows).hasSize(90);
  }

  @Test
  void customRolesCreateAndLocateOnlyTheirObjectTypes() throws Exception {
    try (ServerFixture f = new ServerFixture(dataDir, overrides())) {
      Map<Principal, ServerFixture.Connection> c = connections(f);
      String key = c.get(Principal.OPERATOR_DEV).<CreateResponsePayload>ok(new CreateRequestPayload(
          ObjectType.SYMMETRIC_KEY, OperationsIT.aes(256, null), null)).uniqueIdentifier();
      RegisterRequestPayload secret = new RegisterRequestPayload(ObjectType.SECRET_DATA, Attributes.of(),
          new SecretData(SecretDataType.PASSWORD, KeyBlock.of(KeyFormatType.OPAQUE, new byte[] {1, 2, 3, 4}, null, null)), null);

      // cert-manager: Create is one of its operations, but not of a Symmetric Key
      ResponseBatchItem create = call(c, Principal.CERT_MANAGER, new CreateRequestPayload(ObjectType.SYMMETRIC_KEY,
          OperationsIT.aes(256, null), null));
      assertThat(create.resultReason()).as("cert-manager creates a Symmetric Key").isEqualTo(ResultReason.PERMISSION_DENIED);
      ResponseBatchItem registered = call(c, Principal.CERT_MANAGER, secret);
      assertThat(registered.resultStatus()).as("cert-manager registers Secret Data").isEqualTo(ResultStatus.SUCCESS);
      String secretUid = ((RegisterResponsePayload) registered.payload(V)).uniqueIdentifier();
      assertThat(call(c, Principal.CERT_MANAGER, Op.GET.request.apply(secretUid)).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
      assertThat(locate(c, Principal.CERT_MANAGER)).as("cert-manager locates").containsExactly(secretUid);

      // tde-reader: every Symmetric Key, nothing else, and only its operations
      assertThat(locate(c, Principal.TDE_READER)).as("tde-reader locates").contains(key).doesNotContain(secretUid);
      assertThat(call(c, Principal.TDE_READER, Op.GET.request.apply(key)).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
      assertThat(call(c, Principal.TDE_READER, Op.GET.request.apply(secretUid)).resultReason())
          .as("tde-reader gets Secret Data").isEqualTo(ResultReason.ITEM_NOT_FOUND);
      assertThat(call(c, Principal.TDE_READER, secret).resultReason())
          .as("tde-reader registers").isEqualTo(ResultReason.PERMISSION_DENIED);
      assertThat(call(c, Principal.TDE_READER, Op.DESTROY.request.apply(key)).resultReason())
          .as("tde-reader destroys").isEqualTo(ResultReason.PERMISSION_DENIED);
      assertThat(c.get(Principal.OPERATOR_DEV).<GetResponsePayload>ok(Op.GET.request.apply(key)).uniqueIdentifier())
          .as("the key is untouched").isEqualTo(key);
    }
  }

  private static ResponseBatchItem call(Map<Principal, ServerFixture.Connection> c, Principal p, RequestPayload payload)
      throws Exception {
    return c.get(p).batch(header(p), List.of(payload)).batchItems().get(0);
  }

  private static List<String> locate(Map<Principal, ServerFixture.Connection> c, Principal p) throws Exception {
    ResponseBatchItem item = call(c, p, new LocateRequestPayload(null, null, null, null, Attributes.of()));
    assertThat(item.resultStatus()).as("%s locates: %s", p, item.resultMessage()).isEqualTo(ResultStatus.SUCCESS);
    return ((LocateResponsePayload) item.payload(V)).uniqueIdentifiers();
  }

  /** Runs a {@code clavis} command in-process; returns its standard output, failing on a non-zero exit. */
  private static String clavis(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ClavisCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute(args)).as("clavis %s: %s", args[0], err).isZero();
    return out.toString();
  }

  private static Map<Principal, ServerFixture.Connection> connections(ServerFixture f) throws Exception {
    TestPki pki = ServerFixture.PKI;
    ServerFixture.Connection dev = f.connect(V);
    return Map.of(
        Principal.ADMIN, f.connect(V, pki.adminClientCert, pki.adminClientKey),
        Principal.OPERATOR_DEV, dev,
        Principal.OPERATOR_OTHER, f.connect(V, pki.otherClientCert, pki.otherClientKey),
        Principal.AUDITOR, f.connect(V),
        Principal.NO_ROLE, f.connect(V),
        Principal.WRONG_PASSWORD, f.connect(V),
        Principal.TDE_READER, f.connect(V),
        Principal.CERT_MANAGER, f.connect(V));
  }

  /** The request header: with a Username and Password for the principals that log in with one. */
  private static RequestHeader header(Principal p) {
    RequestHeader h = RequestHeader.of(V, 1);
    return switch (p) {
      case AUDITOR -> h.withAuthentication(List.of(Credential.usernameAndPassword("audit", PASSWORD)));
      case NO_ROLE -> h.withAuthentication(List.of(Credential.usernameAndPassword("nobody", PASSWORD)));
      case WRONG_PASSWORD -> h.withAuthentication(List.of(Credential.usernameAndPassword("audit", PASSWORD + "!")));
      case TDE_READER -> h.withAuthentication(List.of(Credential.usernameAndPassword("tde", PASSWORD)));
      case CERT_MANAGER -> h.withAuthentication(List.of(Credential.usernameAndPassword("certs", PASSWORD)));
      default -> h;
    };
  }
}
