package dev.clavis.server;

import dev.clavis.codec.Credential;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.spec.CredentialType;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.ResultReason;
import dev.clavis.storage.Grant;
import dev.clavis.storage.LocateQuery;
import dev.clavis.storage.StoreTransaction;
import dev.clavis.storage.StoredObject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Decides who may do what, in one place (DESIGN §5; ADR 0008).
 *
 * <p><b>Identity.</b> The client certificate's subject DN (RFC 2253); role entries match the
 * subject or one of its subject alternative names as {@link ClientIdentity} writes them
 * ({@code DNS:…}, {@code email:…}). A request carrying a Username and Password Credential (KMIP
 * 1.4 §2.1.2) is checked against the bcrypt hashes of {@code access.users}; when it verifies, the
 * identity becomes {@code user:<name>} for that request; when it does not, every item fails with
 * Authentication Not Successful. Without {@code access.users}, and for other credential types,
 * credentials are ignored: the certificate's identity stands.
 *
 * <p><b>Roles.</b> {@code admin}: every operation on every object. {@code operator}: every
 * operation on its own objects and those granted to it. {@code auditor}: read-only operations
 * ({@link #READ_ONLY}) on every object, nothing that changes state or returns key material. An
 * identity in no list gets {@code access.default-role} ({@code operator} by default; {@code none}
 * refuses it with Authentication Not Successful).
 *
 * <p><b>Objects.</b> An object is visible to its owner, to administrators, to auditors for
 * read-only operations, and to identities holding a grant on it (the store's grants table); a
 * grantee may run only the granted operations (another one is Permission Denied). An identity that
 * may not see an object gets Item Not Found for it — the same answer as for an object that does
 * not exist — and never finds it with Locate.
 */
final class AccessPolicy {

  /** The built-in roles. */
  enum Role {
    ADMIN,
    OPERATOR,
    AUDITOR;

    /** {@code admin}, {@code operator}, {@code auditor}; {@code none} is {@code null}. */
    static Role parse(String name) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      return switch (n) {
        case "admin" -> ADMIN;
        case "operator" -> OPERATOR;
        case "auditor" -> AUDITOR;
        case "none" -> null;
        default -> throw new IllegalArgumentException(
            "access.default-role: " + name + " (expected: admin, operator, auditor or none)");
      };
    }
  }

  /** What an auditor may run: nothing that changes state or returns key material. */
  static final Set<Operation> READ_ONLY = EnumSet.of(Operation.QUERY, Operation.DISCOVER_VERSIONS, Operation.LOCATE,
      Operation.GET_ATTRIBUTES, Operation.GET_ATTRIBUTE_LIST);

  /** The answer for one object and operation. */
  enum Decision { ALLOWED, DENIED, INVISIBLE }

  private final Map<String, Role> members;
  private final Role defaultRole;
  private final Map<String, String> userHashes;

  /** Administrators only; every other authenticated certificate is an operator. */
  AccessPolicy(List<String> admins) {
    this(admins, ServerConfig.AccessSettings.DEFAULT);
  }

  AccessPolicy(List<String> admins, ServerConfig.AccessSettings settings) {
    Map<String, Role> m = new HashMap<>();
    settings.auditors().forEach(a -> m.put(a, Role.AUDITOR));
    settings.operators().forEach(o -> m.put(o, Role.OPERATOR));
    admins.forEach(a -> m.put(a, Role.ADMIN)); // the strongest entry wins
    this.members = Map.copyOf(m);
    this.defaultRole = Role.parse(settings.defaultRole());
    this.userHashes = Map.copyOf(settings.users());
  }

  /** The owner name recorded for objects {@code client} creates. */
  static String identity(ClientIdentity client) {
    return client.subject();
  }

  /**
   * The identity a request acts as: the certificate's, or {@code user:<name>} when the request's
   * Authentication carries a Username and Password that verifies.
   *
   * @throws KmipException Authentication Not Successful for a wrong password, an unknown user, an
   *     unsupported credential, or an identity without a role
   */
  ClientIdentity authenticate(ClientIdentity client, List<Credential> credentials) {
    ClientIdentity who = client;
    for (Credential c : credentials) {
      if (c.type() != CredentialType.USERNAME_AND_PASSWORD || userHashes.isEmpty()) {
        // Other credential types, and passwords on a server without access.users, add nothing to
        // the certificate's identity: they are ignored, as before passwords existed.
        continue;
      }
      String user = c.username();
      String password = c.password();
      String hash = user == null ? null : userHashes.get(user);
      if (hash == null || password == null || !verify(hash, password)) {
        // The same answer for an unknown user and a wrong password.
        throw notAuthenticated("Username and Password: not accepted (expected: a configured user and its password)");
      }
      who = new ClientIdentity("user:" + user, List.of(), client.certificateChain(), client.peer());
    }
    if (role(who) == null) {
      throw notAuthenticated("identity: " + who.subject() + " has no role (expected: listed under access.admins, "
          + "access.operators or access.auditors, or access.default-role other than none)");
    }
    return who;
  }

  private static boolean verify(String hash, String password) {
    try {
      return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    } catch (IllegalArgumentException e) {
      return false; // a malformed hash in the configuration: nobody logs in with it
    }
  }

  private static KmipException notAuthenticated(String message) {
    return new KmipException(ResultReason.AUTHENTICATION_NOT_SUCCESSFUL, message);
  }

  /** The role of {@code client}, or {@code null} when it has none. */
  Role role(ClientIdentity client) {
    Role r = members.get(client.subject());
    for (String san : client.subjectAlternativeNames()) {
      Role s = members.get(san);
      if (s != null && (r == null || s.ordinal() < r.ordinal())) {
        r = s;
      }
    }
    return r != null ? r : defaultRole;
  }

  /** Whether {@code client} is an administrator. */
  boolean isAdmin(ClientIdentity client) {
    return role(client) == Role.ADMIN;
  }

  /** Whether {@code client}'s role allows {@code operation} at all (before looking at objects). */
  boolean allows(ClientIdentity client, Operation operation) {
    Role r = role(client);
    return r == Role.ADMIN || r == Role.OPERATOR || r == Role.AUDITOR && READ_ONLY.contains(operation);
  }

  /** Whether {@code client} may see and operate on {@code object} (any operation). */
  boolean canAccess(ClientIdentity client, StoredObject object, StoreTransaction tx) {
    return decide(client, object, tx, null) == Decision.ALLOWED;
  }

  /**
   * The decision for {@code operation} ({@code null}: any) on {@code object}: allowed, denied
   * (the caller may see the object but not do this: Permission Denied), or invisible (Item Not
   * Found).
   */
  Decision decide(ClientIdentity client, StoredObject object, StoreTransaction tx, Operation operation) {
    Role r = role(client);
    if (r == Role.ADMIN) {
      return Decision.ALLOWED;
    }
    String id = identity(client);
    if (object.owner().equals(id)) {
      return r == Role.AUDITOR && (operation == null || !READ_ONLY.contains(operation))
          ? Decision.DENIED : Decision.ALLOWED;
    }
    if (r == Role.AUDITOR) {
      return operation != null && READ_ONLY.contains(operation) ? Decision.ALLOWED : Decision.DENIED;
    }
    for (Grant g : tx.grantsFor(object.uid())) {
      if (g.grantee().equals(id)) {
        return operation == null || g.operations().contains(operation.value())
            ? Decision.ALLOWED : Decision.DENIED;
      }
    }
    return Decision.INVISIBLE;
  }

  /** The Locate query scope for {@code client}: its own and granted objects, or all for an administrator or auditor. */
  LocateQuery.Builder locateScope(ClientIdentity client) {
    Role r = role(client);
    return r == Role.ADMIN || r == Role.AUDITOR ? LocateQuery.all() : LocateQuery.visibleTo(identity(client));
  }
}
