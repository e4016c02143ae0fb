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
import dev.clavis.codec.spec.ObjectType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * Authentication Not Successful. A Ticket Credential (KMIP 2.1 §2.2) from Login or Delegated
 * Login makes the request act as the ticket's identity ({@link TicketStore}); a Delegated Login
 * ticket further restricts it to its Rights ({@link #checkTicket}, {@link #decide}, {@link
 * #checkCreate}). Without {@code access.users}, and for other credential types, credentials are
 * ignored: the certificate's identity stands.
 *
 * <p><b>Roles.</b> {@code admin}: every operation on every object. {@code operator}: every
 * operation on its own objects and those granted to it. {@code auditor}: read-only operations
 * ({@link #READ_ONLY}) on every object, nothing that changes state or returns key material. An
 * identity in no list gets {@code access.default-role} ({@code operator} by default; {@code none}
 * refuses it with Authentication Not Successful).
 *
 * <p><b>Custom roles</b> ({@code access.roles}, ADR 0008): a set of operations × a set of object
 * types × a scope ({@code own}: own and granted objects, like an operator; {@code all}: every
 * object). An operation outside the set is Permission Denied before any object is looked at; an
 * object of a type outside the set is Item Not Found (as if it did not exist); creating or
 * registering one is Permission Denied ({@link #checkCreate}); Locate finds only the allowed
 * types.
 *
 * <p><b>Objects.</b> An object is visible to its owner, to administrators, to auditors for
 * read-only operations, and to identities holding a grant on it (the store's grants table); a
 * grantee may run only the granted operations (another one is Permission Denied). An identity that
 * may not see an object gets Item Not Found for it — the same answer as for an object that does
 * not exist — and never finds it with Locate.
 */
final class AccessPolicy {

  /** Which objects a role reaches. */
  enum Scope {
    /** Its own objects and those granted to it. */
    OWN,
    /** Every object, whoever owns it. */
    ALL
  }

  /**
   * A role: the operations it may run ({@code null}: all), the object types it may use
   * ({@code null}: all) and its scope. The built-in roles are {@link #ADMIN}, {@link #OPERATOR}
   * and {@link #AUDITOR}; custom ones come from {@code access.roles}.
   *
   * @param name the role's name in the configuration
   * @param operations the operations allowed, or {@code null} for every operation
   * @param objectTypes Object Type values usable, or {@code null} for every type
   * @param scope the objects reached
   * @param rank when an identity matches several entries the lowest rank wins (admin 0, operator
   *     1, auditor 2, custom roles 3)
   */
  record Role(String name, Set<Operation> operations, Set<Integer> objectTypes, Scope scope, int rank) {

    static final Role ADMIN = new Role("admin", null, null, Scope.ALL, 0);
    static final Role OPERATOR = new Role("operator", null, null, Scope.OWN, 1);
    static final Role AUDITOR = new Role("auditor", READ_ONLY, null, Scope.ALL, 2);
    /** The names no custom role may take. */
    static final Set<String> RESERVED = Set.of("admin", "operator", "auditor", "none");

    Role {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(scope, "scope");
      operations = operations == null ? null : Set.copyOf(operations);
      objectTypes = objectTypes == null ? null : Set.copyOf(objectTypes);
    }

    /** A custom role from its settings. */
    static Role custom(String name, ServerConfig.RoleSettings s) {
      Set<Integer> types = null;
      if (s.objectTypes() != null) {
        types = new java.util.HashSet<>();
        for (ObjectType t : s.objectTypes()) {
          types.add(t.value());
        }
      }
      return new Role(name, Set.copyOf(s.operations()), types, s.allObjects() ? Scope.ALL : Scope.OWN, 3);
    }

    /** {@code admin}, {@code operator}, {@code auditor}; {@code none} is {@code null}. */
    static Role parse(String name) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      return switch (n) {
        case "admin" -> ADMIN;
        case "operator" -> OPERATOR;
        case "auditor" -> AUDITOR;
        case "none" -> null;
        default -> throw new IllegalArgumentException(
            "access.default-role: " + name + " (expected: admin, operator, auditor, none or a role under access.roles)");
      };
    }

    /** Whether this role may run {@code operation} ({@code null}: every operation). */
    boolean permits(Operation operation) {
      return operations == null || operation != null && operations.contains(operation);
    }

    /** Whether this role may use objects of this Object Type value. */
    boolean mayUseType(int objectType) {
      return objectTypes == null || objectTypes.contains(objectType);
    }
  }

  /** What an auditor may run: nothing that changes state or returns key material. */
  static final Set<Operation> READ_ONLY = EnumSet.of(Operation.QUERY, Operation.DISCOVER_VERSIONS, Operation.LOCATE,
      Operation.GET_ATTRIBUTES, Operation.GET_ATTRIBUTE_LIST);

  /**
   * The answer for one object and operation: allowed; denied (Permission Denied); not authorised
   * by the Rights of the Delegated Login ticket the request used (Not Authorised); invisible (Item
   * Not Found).
   */
  enum Decision { ALLOWED, DENIED, NOT_AUTHORISED, INVISIBLE }

  private final Map<String, Role> members;
  private final Role defaultRole;
  private final Map<String, String> userHashes;
  private final TicketStore tickets = new TicketStore();

  /** Administrators only; every other authenticated certificate is an operator. */
  AccessPolicy(List<String> admins) {
    this(admins, ServerConfig.AccessSettings.DEFAULT);
  }

  AccessPolicy(List<String> admins, ServerConfig.AccessSettings settings) {
    Map<String, Role> custom = new HashMap<>();
    settings.roles().forEach((name, s) -> custom.put(name, Role.custom(name, s)));
    Map<String, Role> m = new HashMap<>();
    custom.values().forEach(r -> settings.roles().get(r.name()).members().forEach(id -> m.put(id, r)));
    settings.auditors().forEach(a -> m.put(a, Role.AUDITOR));
    settings.operators().forEach(o -> m.put(o, Role.OPERATOR));
    admins.forEach(a -> m.put(a, Role.ADMIN)); // the strongest entry wins
    this.members = Map.copyOf(m);
    String d = settings.defaultRole().trim();
    this.defaultRole = custom.containsKey(d) ? custom.get(d) : Role.parse(d);
    this.userHashes = Map.copyOf(settings.users());
  }

  /** The owner name recorded for objects {@code client} creates. */
  static String identity(ClientIdentity client) {
    return client.subject();
  }

  /** The live Login and Delegated Login tickets. */
  TicketStore tickets() {
    return tickets;
  }

  /**
   * The identity a request acts as: the certificate's, {@code user:<name>} when the request's
   * Authentication carries a Username and Password that verifies, or the identity a Ticket
   * Credential (KMIP 2.1 §2.2 Table 416) was issued to by Login or Delegated Login.
   *
   * @throws KmipException Authentication Not Successful for a wrong password, an unknown user, an
   *     unsupported credential, or an identity without a role; Invalid Ticket for a ticket that is
   *     not live (or a Login ticket from another certificate); Usage Limit Exceeded
   */
  ClientIdentity authenticate(ClientIdentity client, List<Credential> credentials, java.time.Instant now) {
    ClientIdentity who = client;
    for (Credential c : credentials) {
      if (c.type() == CredentialType.TICKET) {
        who = tickets.redeem(c.ticket(), client, now);
        continue;
      }
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
          + "access.operators, access.auditors or a role's members under access.roles, or access.default-role other than none)");
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
      if (s != null && (r == null || s.rank() < r.rank())) {
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
    return r != null && r.permits(operation);
  }

  /**
   * Refuses an operation the Rights of the Delegated Login ticket the request used do not name
   * (KMIP 2.1 §6.1.12: "Requests using the ticket MUST only be permitted to perform the operations
   * specified in the Rights section"). Locate is permitted only by a Right without Objects: a
   * Right restricted to objects cannot be searched with. Login and Delegated Login are refused
   * for every ticket: a ticket never mints another one (that would outlive its lease).
   *
   * @throws KmipException Not Authorised (the answer of the OASIS test TC-DLOGIN-2-20), Permission
   *     Denied for Login or Delegated Login with a ticket
   */
  void checkTicket(ClientIdentity client, Operation operation) {
    if (client.ticket() == null) {
      return;
    }
    if (operation == Operation.LOGIN || operation == Operation.DELEGATED_LOGIN) {
      throw new KmipException(ResultReason.PERMISSION_DENIED, "operation: " + operation.specName()
          + " with a ticket (expected: a request authenticated by its certificate or password)");
    }
    List<dev.clavis.codec.Right> rights = client.ticket().rights();
    if (rights == null) {
      return;
    }
    for (dev.clavis.codec.Right r : rights) {
      if ((r.operations() == null || r.operations().contains(operation))
          && (operation != Operation.LOCATE || r.objects() == null)) {
        return;
      }
    }
    throw new KmipException(ResultReason.NOT_AUTHORISED, "operation: " + operation.specName()
        + " (expected: one the Rights of ticket " + client.ticket().shortHash() + " name)");
  }

  /** Whether the ticket {@code client} used (if any) permits {@code operation} at all. */
  boolean ticketPermits(ClientIdentity client, Operation operation) {
    try {
      checkTicket(client, operation);
      return true;
    } catch (KmipException e) {
      return false;
    }
  }

  /** Whether some Right of a delegated ticket names {@code operation} ({@code null}: any) on {@code uid}. */
  private static boolean rightsCover(List<dev.clavis.codec.Right> rights, Operation operation, String uid) {
    for (dev.clavis.codec.Right r : rights) {
      if ((operation == null || r.operations() == null || r.operations().contains(operation))
          && (r.objects() == null || r.objects().contains(uid))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses to create or register an object of a type {@code client}'s role may not use, or any
   * object with a delegated ticket whose Rights name objects (the new one is not among them).
   *
   * @throws KmipException Permission Denied, Not Authorised
   */
  void checkCreate(ClientIdentity client, ObjectType type) {
    if (client.ticket() != null && client.ticket().rights() != null) {
      boolean open = false;
      for (dev.clavis.codec.Right right : client.ticket().rights()) {
        open |= right.objects() == null;
      }
      if (!open) {
        throw new KmipException(ResultReason.NOT_AUTHORISED, "new object: the Rights of ticket "
            + client.ticket().shortHash() + " name objects (expected: a Right without Objects)");
      }
    }
    Role r = role(client);
    if (r == null || !r.mayUseType(type.value())) {
      throw new KmipException(ResultReason.PERMISSION_DENIED, "Object Type: " + type.specName()
          + " (expected: one the role " + (r == null ? "none" : r.name()) + " of " + identity(client) + " may use)");
    }
  }

  /** Whether {@code client} may see and operate on {@code object} (any operation). */
  boolean canAccess(ClientIdentity client, StoredObject object, StoreTransaction tx) {
    return decide(client, object, tx, null) == Decision.ALLOWED;
  }

  /**
   * The decision for {@code operation} ({@code null}: any) on {@code object}: allowed, denied
   * (the caller may see the object but not do this: Permission Denied), or invisible (Item Not
   * Found). An object is visible when its type is one the role may use and it is in the role's
   * scope: every object, or the caller's own and those granted to it. A visible object may be
   * used for the role's operations — restricted, on a granted object, to the granted ones.
   */
  Decision decide(ClientIdentity client, StoredObject object, StoreTransaction tx, Operation operation) {
    Decision d = decideForIdentity(client, object, tx, operation);
    if (d == Decision.ALLOWED && client.ticket() != null && client.ticket().rights() != null
        && !rightsCover(client.ticket().rights(), operation, object.uid())) {
      return Decision.NOT_AUTHORISED;
    }
    return d;
  }

  private Decision decideForIdentity(ClientIdentity client, StoredObject object, StoreTransaction tx, Operation operation) {
    Role r = role(client);
    if (r == null || !r.mayUseType(object.objectType())) {
      return Decision.INVISIBLE;
    }
    if (r.scope() == Scope.ALL || object.owner().equals(identity(client))) {
      return r.permits(operation) ? Decision.ALLOWED : Decision.DENIED;
    }
    String id = identity(client);
    for (Grant g : tx.grantsFor(object.uid())) {
      if (g.grantee().equals(id)) {
        return r.permits(operation) && operation != null && g.operations().contains(operation.value())
            ? Decision.ALLOWED : Decision.DENIED;
      }
    }
    return Decision.INVISIBLE;
  }

  /**
   * The Locate query scope for {@code client}: its own and granted objects, or all for a role
   * whose scope is every object; only the object types the role may use.
   */
  LocateQuery.Builder locateScope(ClientIdentity client) {
    Role r = role(client);
    LocateQuery.Builder q = r != null && r.scope() == Scope.ALL ? LocateQuery.all() : LocateQuery.visibleTo(identity(client));
    if (r != null && r.objectTypes() != null) {
      q.objectTypeIn(r.objectTypes());
    }
    return q;
  }
}
