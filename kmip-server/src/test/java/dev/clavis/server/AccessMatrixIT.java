package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clavis.codec.ActivateRequestPayload;
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
 * Successful.
 */
class AccessMatrixIT {

  static final KmipVersion V = KmipVersion.V1_4;
  static final String DEV = "CN=clavis-dev-client,O=Clavis development PKI";
  static final String OTHER = "CN=other-client,O=Clavis development PKI";
  static final String PASSWORD = "correct horse battery staple";

  @TempDir Path dataDir;

  enum Principal { ADMIN, OPERATOR_DEV, OPERATOR_OTHER, AUDITOR, NO_ROLE, WRONG_PASSWORD }

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
    return rows;
  }

  Map<String, String> overrides() {
    String hash = OpenBSDBCrypt.generate("2y", PASSWORD.toCharArray(), new byte[16], 4);
    return Map.of(
        "access.operators", DEV + ";" + OTHER,
        "access.auditors", "user:audit",
        "access.default-role", "none",
        "access.users", "audit:" + hash + ";nobody:" + hash);
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
    assertThat(rows).hasSize(70);
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
        Principal.WRONG_PASSWORD, f.connect(V));
  }

  /** The request header: with a Username and Password for the principals that log in with one. */
  private static RequestHeader header(Principal p) {
    RequestHeader h = RequestHeader.of(V, 1);
    return switch (p) {
      case AUDITOR -> h.withAuthentication(List.of(Credential.usernameAndPassword("audit", PASSWORD)));
      case NO_ROLE -> h.withAuthentication(List.of(Credential.usernameAndPassword("nobody", PASSWORD)));
      case WRONG_PASSWORD -> h.withAuthentication(List.of(Credential.usernameAndPassword("audit", PASSWORD + "!")));
      default -> h;
    };
  }
}
