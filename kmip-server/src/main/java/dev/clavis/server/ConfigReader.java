package dev.clavis.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the server configuration: command-line values over {@code clavis.yaml} over defaults.
 *
 * <p>Keys are dotted paths into the YAML ({@code limits.max-frame-bytes} is {@code max-frame-bytes}
 * under {@code limits:}). An unknown key, a duplicate key or a value of the wrong shape is a
 * start-up error naming the file, the key and what was expected. A YAML {@code null} (or
 * {@code ~}) means "not set": the default applies.
 */
public final class ConfigReader {

  /** Every configuration key and its default ({@code null}: no default, or derived). */
  public static final Map<String, String> DEFAULTS = defaults();

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(|B|KiB|MiB|GiB)");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
  /** A custom role's field: {@code access.roles.<name>.<field>} (ADR 0008). */
  private static final Pattern ROLE_KEY = Pattern.compile("access\\.roles\\.([^.]+)\\.(operations|object-types|objects|members)");
  private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final List<String> ROLE_FIELDS = List.of("operations", "object-types", "objects", "members");

  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, String> sources = new LinkedHashMap<>();

  private ConfigReader() {}

  private static Map<String, String> defaults() {
    ServerLimits l = ServerLimits.DEFAULT;
    Map<String, String> d = new LinkedHashMap<>();
    d.put("server.bind", "127.0.0.1");
    d.put("server.port", "5696");
    d.put("server.https-port", "0");
    d.put("server.interop", "false");
    d.put("server.data-dir", "./clavis-data");
    d.put("tls.server-cert", null);
    d.put("tls.server-key", null);
    d.put("tls.client-ca", null);
    d.put("tls.protocols", String.join(",", ServerTls.PROTOCOLS));
    d.put("tls.require-client-auth-eku", "true");
    d.put("tls.crl-file", null);
    d.put("tls.reload-interval", "30s");
    d.put("store.url", null);
    d.put("key-protection.type", "software");
    d.put("key-protection.kek-passphrase-file", null);
    d.put("key-protection.pkcs11.config", null);
    d.put("key-protection.pkcs11.library", null);
    d.put("key-protection.pkcs11.token-label", null);
    d.put("key-protection.pkcs11.pin-file", null);
    d.put("access.admins", null);
    d.put("access.operators", null);
    d.put("access.auditors", null);
    d.put("access.default-role", "operator");
    d.put("access.users", null);
    d.put("audit.table", "true");
    d.put("audit.node", "default");
    d.put("audit.table-wait", "changes");
    d.put("limits.max-frame-bytes", Integer.toString(l.maxFrameBytes()));
    d.put("limits.max-depth", Integer.toString(l.maxDepth()));
    d.put("limits.max-items-per-structure", Integer.toString(l.maxItemsPerStructure()));
    d.put("limits.max-item-bytes", Integer.toString(l.maxItemBytes()));
    d.put("limits.max-batch-items", Integer.toString(l.maxBatchItems()));
    d.put("limits.max-response-bytes", Integer.toString(l.maxResponseBytes()));
    d.put("limits.max-connections", Integer.toString(l.maxConnections()));
    d.put("limits.max-connections-per-address", Integer.toString(l.maxConnectionsPerAddress()));
    d.put("limits.max-in-flight-per-connection", Integer.toString(l.maxInFlightPerConnection()));
    d.put("limits.idle-timeout", l.idleTimeout().toSeconds() + "s");
    d.put("limits.handshake-timeout", l.handshakeTimeout().toSeconds() + "s");
    d.put("limits.shutdown-grace", l.shutdownGrace().toSeconds() + "s");
    d.put("limits.max-requests-per-second-per-identity", Integer.toString(l.maxRequestsPerSecondPerIdentity()));
    d.put("policy.lease-time", LeasePolicy.DEFAULT_LEASE_TIME.toSeconds() + "s");
    return java.util.Collections.unmodifiableMap(d);
  }

  /** The configuration from defaults only. */
  public static ServerConfig defaultConfig() {
    return read(null, Map.of());
  }

  /**
   * The configuration an offline command ({@code clavis grant}, {@code clavis audit verify}) works
   * on: {@code config}, else {@code conf/clavis.yaml} when present, with {@code --data-dir} and
   * {@code --store-url} (either may be null) over it.
   */
  static ServerConfig forCommand(Path config, Path dataDir, String storeUrl) {
    Path yaml = config != null ? config
        : (java.nio.file.Files.isRegularFile(ServeCommand.DEFAULT_CONFIG) ? ServeCommand.DEFAULT_CONFIG : null);
    Map<String, String> o = new java.util.LinkedHashMap<>();
    if (dataDir != null) {
      o.put("server.data-dir", dataDir.toString());
    }
    if (storeUrl != null) {
      o.put("store.url", storeUrl);
    }
    return read(yaml, o);
  }

  /**
   * Resolves the configuration.
   *
   * @param yaml the YAML file, or {@code null} for none
   * @param overrides values from the command line, by dotted key (they win over the file)
   * @throws ConfigException on an unreadable file, an unknown key or a bad value
   */
  public static ServerConfig read(Path yaml, Map<String, String> overrides) {
    ConfigReader r = new ConfigReader();
    DEFAULTS.forEach((k, v) -> {
      r.values.put(k, v);
      r.sources.put(k, "default");
    });
    if (yaml != null) {
      r.readYaml(yaml);
    }
    overrides.forEach((k, v) -> {
      if (!known(k)) {
        throw new ConfigException("unknown configuration key: " + k + " (expected one of: " + String.join(", ", DEFAULTS.keySet()) + ")");
      }
      if (v != null) {
        r.values.put(k, v);
        r.sources.put(k, "command line");
      }
    });
    return r.build();
  }

  private void readYaml(Path file) {
    JsonNode root;
    try {
      YAMLMapper mapper = new YAMLMapper(new YAMLFactory());
      mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      root = mapper.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return; // an empty file (or only comments): all defaults
    }
    if (!root.isObject()) {
      throw new ConfigException(file + ": top level is " + root.getNodeType() + " (expected: a mapping of sections)");
    }
    flatten(file, "", root);
  }

  /** Whether {@code key} is a configuration key: one of {@link #DEFAULTS} or a custom role's field. */
  static boolean known(String key) {
    return DEFAULTS.containsKey(key) || ROLE_KEY.matcher(key).matches();
  }

  /** {@code access.roles}: role name → mapping of {@link #ROLE_FIELDS}, kept as {@code access.roles.<name>.<field>}. */
  private void roles(Path file, JsonNode roles) {
    if (roles.isNull()) {
      return;
    }
    if (!roles.isObject()) {
      throw new ConfigException(file + ": access.roles is " + roles.getNodeType()
          + " (expected: a mapping of role name to operations, object-types, objects, members)");
    }
    for (Map.Entry<String, JsonNode> r : roles.properties()) {
      String name = r.getKey();
      checkRoleName(name, file.toString());
      if (!r.getValue().isObject()) {
        throw new ConfigException(file + ": access.roles." + name + " is " + r.getValue().getNodeType()
            + " (expected: a mapping with " + String.join(", ", ROLE_FIELDS) + ")");
      }
      for (Map.Entry<String, JsonNode> f : r.getValue().properties()) {
        String key = "access.roles." + name + "." + f.getKey();
        if (!ROLE_FIELDS.contains(f.getKey())) {
          throw new ConfigException(file + ": unknown key " + key + " (expected one of: "
              + ROLE_FIELDS.stream().map(x -> "access.roles." + name + "." + x).collect(Collectors.joining(", ")) + ")");
        }
        JsonNode v = f.getValue();
        if (v.isObject()) {
          throw new ConfigException(file + ": " + key + " is a mapping (expected: a value or a list)");
        }
        if (!v.isNull()) {
          values.put(key, v.isArray() ? joinArray(file, key, v) : v.asText());
          sources.put(key, file.toString());
        }
      }
      values.putIfAbsent("access.roles." + name + ".operations", null); // the role exists, even if empty
      sources.putIfAbsent("access.roles." + name + ".operations", file.toString());
    }
  }

  private static void checkRoleName(String name, String source) {
    if (!ROLE_NAME.matcher(name).matches()) {
      throw new ConfigException("access.roles." + name + ": not a role name (expected: letters, digits, '-' and '_',"
          + " at most 64; from " + source + ")");
    }
    if (AccessPolicy.Role.RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      throw new ConfigException("access.roles." + name + ": the name of a built-in role (expected: a name other than "
          + "admin, operator, auditor and none; from " + source + ")");
    }
  }

  private void flatten(Path file, String prefix, JsonNode node) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (key.equals("access.roles")) {
        roles(file, v);
      } else if (DEFAULTS.containsKey(key)) {
        if (v.isObject()) {
          throw new ConfigException(file + ": " + key + " is a mapping (expected: a value)");
        }
        if (!v.isNull()) {
          values.put(key, v.isArray() ? joinArray(file, key, v) : v.asText());
          sources.put(key, file.toString());
        }
      } else if (v.isObject() && DEFAULTS.keySet().stream().anyMatch(k -> k.startsWith(key + "."))) {
        flatten(file, key + ".", v);
      } else {
        String section = prefix.isEmpty() ? "" : prefix;
        List<String> expected = DEFAULTS.keySet().stream()
            .filter(k -> k.startsWith(section))
            .map(k -> nextSegment(section, k))
            .distinct()
            .collect(Collectors.toCollection(ArrayList::new));
        if (section.equals("access.")) {
          expected.add("roles");
        }
        throw new ConfigException(file + ": unknown key " + key + " (expected one of: "
            + expected.stream().map(k -> section + k).collect(Collectors.joining(", ")) + ")");
      }
    }
  }

  private static String nextSegment(String section, String key) {
    String rest = key.substring(section.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String joinArray(Path file, String key, JsonNode array) {
    List<String> items = new ArrayList<>();
    for (JsonNode item : array) {
      if (!item.isValueNode()) {
        throw new ConfigException(file + ": " + key + " has a nested " + item.getNodeType() + " (expected: a list of values)");
      }
      items.add(item.asText());
    }
    return String.join(key.startsWith("access.") ? ";" : ",", items);
  }

  private ServerConfig build() {
    Path dataDir = path("server.data-dir");
    String storeUrl = string("store.url");
    ServerLimits limits;
    try {
      limits = new ServerLimits(
          size("limits.max-frame-bytes"),
          integer("limits.max-depth"),
          integer("limits.max-items-per-structure"),
          size("limits.max-item-bytes"),
          integer("limits.max-batch-items"),
          size("limits.max-response-bytes"),
          integer("limits.max-connections"),
          integer("limits.max-connections-per-address"),
          integer("limits.max-in-flight-per-connection"),
          duration("limits.idle-timeout"),
          duration("limits.handshake-timeout"),
          duration("limits.shutdown-grace"),
          integer("limits.max-requests-per-second-per-identity"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("limits: " + e.getMessage(), e);
    }
    ServerConfig.TlsSettings tls;
    try {
      tls = new ServerConfig.TlsSettings(
          path("tls.server-cert"), path("tls.server-key"), path("tls.client-ca"),
          list("tls.protocols"), bool("tls.require-client-auth-eku"),
          path("tls.crl-file"),
          "0".equals(string("tls.reload-interval")) ? Duration.ZERO : duration("tls.reload-interval"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage() + " (from " + sources.get("tls.protocols") + ")", e);
    }
    ServerConfig.KeyProtectionSettings keys = new ServerConfig.KeyProtectionSettings(
        keyProtectionType("key-protection.type"),
        path("key-protection.kek-passphrase-file"),
        path("key-protection.pkcs11.config"),
        path("key-protection.pkcs11.library"),
        string("key-protection.pkcs11.token-label"),
        path("key-protection.pkcs11.pin-file"));
    int port = integer("server.port");
    if (port < 0 || port > 65535) {
      throw bad("server.port", "0..65535");
    }
    int httpsPort = integer("server.https-port");
    if (httpsPort < 0 || httpsPort > 65535) {
      throw bad("server.https-port", "0..65535, 0 = off");
    }
    String bind = string("server.bind");
    if (bind == null || bind.isBlank()) {
      throw bad("server.bind", "an IP address or host name");
    }
    return new ServerConfig(
        bind, port, dataDir, tls,
        storeUrl != null ? storeUrl : ServerConfig.defaultStoreUrl(dataDir),
        keys, limits, admins(), httpsPort, accessSettings(), auditSettings(), leasePolicy(),
        bool("server.interop"));
  }

  private LeasePolicy leasePolicy() {
    Duration leaseTime = "0".equals(string("policy.lease-time")) ? Duration.ZERO : duration("policy.lease-time");
    try {
      return new LeasePolicy(leaseTime);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("policy.lease-time: " + e.getMessage() + " (from " + sources.get("policy.lease-time") + ")", e);
    }
  }

  private ServerConfig.AccessSettings accessSettings() {
    String role = string("access.default-role");
    Map<String, String> users = new LinkedHashMap<>();
    for (String entry : entries("access.users")) {
      int colon = entry.indexOf(':');
      if (colon <= 0 || !entry.substring(colon + 1).startsWith("$2")) {
        // never echo the entry: it holds a hash
        throw new ConfigException("access.users: an entry without name:bcrypt-hash (expected: name:$2y$…, made by "
            + "bin/clavis hash-password; from " + sources.get("access.users") + ")");
      }
      users.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    Map<String, ServerConfig.RoleSettings> roles = customRoles();
    if (role == null || !roles.containsKey(role)) {
      try {
        AccessPolicy.Role.parse(role == null ? "" : role);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(e.getMessage() + " (from " + sources.get("access.default-role") + ")", e);
      }
    }
    // An identity in a custom role and in another list would have two roles: refused, never guessed.
    Map<String, String> listed = new LinkedHashMap<>();
    for (String list : List.of("admins", "operators", "auditors")) {
      entries("access." + list).forEach(id -> listed.putIfAbsent(id, "access." + list));
    }
    roles.forEach((name, r) -> {
      for (String id : r.members()) {
        String other = listed.putIfAbsent(id, "access.roles." + name);
        if (other != null) {
          throw new ConfigException("access.roles." + name + ".members: " + id + " is also listed under " + other
              + " (expected: one role per identity; from " + sources.get("access.roles." + name + ".members") + ")");
        }
      }
    });
    return new ServerConfig.AccessSettings(entries("access.operators"), entries("access.auditors"), role, users, roles);
  }

  /** The custom roles ({@code access.roles}), checked: known operation and object type names, a scope. */
  private Map<String, ServerConfig.RoleSettings> customRoles() {
    Map<String, ServerConfig.RoleSettings> out = new java.util.TreeMap<>();
    for (String key : List.copyOf(values.keySet())) {
      Matcher m = ROLE_KEY.matcher(key);
      if (!m.matches() || out.containsKey(m.group(1))) {
        continue;
      }
      String name = m.group(1);
      String prefix = "access.roles." + name + ".";
      checkRoleName(name, sources.get(key));
      List<dev.clavis.codec.spec.Operation> ops = new ArrayList<>();
      for (String op : entries(prefix + "operations")) {
        ops.add(operation(prefix + "operations", op));
      }
      if (ops.isEmpty()) {
        throw new ConfigException(prefix + "operations: none (expected: a list of KMIP operation names, e.g."
            + " [Get, Locate, Get Attributes]; from " + sources.get(prefix + "operations") + ")");
      }
      List<dev.clavis.codec.spec.ObjectType> types = null;
      if (string(prefix + "object-types") != null) {
        types = new ArrayList<>();
        for (String t : entries(prefix + "object-types")) {
          types.add(objectType(prefix + "object-types", t));
        }
      }
      String objects = string(prefix + "objects");
      boolean all;
      if (objects == null || objects.equalsIgnoreCase("own")) {
        all = false;
      } else if (objects.equalsIgnoreCase("all")) {
        all = true;
      } else {
        throw bad(prefix + "objects", "own (its own and granted objects, the default) or all (every object)");
      }
      out.put(name, new ServerConfig.RoleSettings(ops, types, all, entries(prefix + "members")));
    }
    return out;
  }

  private dev.clavis.codec.spec.Operation operation(String key, String name) {
    String n = normalise(name);
    for (dev.clavis.codec.spec.Operation op : dev.clavis.codec.spec.Operation.values()) {
      if (normalise(op.specName()).equals(n)) {
        return op;
      }
    }
    throw new ConfigException(key + ": " + name + " is not a KMIP operation (expected: names as the specification writes "
        + "them, e.g. Get, Locate, Get Attributes, Encrypt; from " + sources.get(key) + ")");
  }

  private dev.clavis.codec.spec.ObjectType objectType(String key, String name) {
    String n = normalise(name);
    for (dev.clavis.codec.spec.ObjectType t : dev.clavis.codec.spec.ObjectType.values()) {
      if (normalise(t.specName()).equals(n)) {
        return t;
      }
    }
    throw new ConfigException(key + ": " + name + " is not a KMIP Object Type (expected one of: "
        + java.util.Arrays.stream(dev.clavis.codec.spec.ObjectType.values()).map(dev.clavis.codec.spec.ObjectType::specName)
            .collect(Collectors.joining(", ")) + "; from " + sources.get(key) + ")");
  }

  /** Case, spaces and separators ignored: {@code get-attributes} and {@code GetAttributes} are Get Attributes. */
  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private ServerConfig.AuditSettings auditSettings() {
    String node = string("audit.node");
    if (node == null || node.length() > 255) {
      throw bad("audit.node", "this node's name in the audit table, 1 to 255 characters");
    }
    String wait = string("audit.table-wait");
    if (!"changes".equals(wait) && !"every-request".equals(wait)) {
      throw bad("audit.table-wait", "changes or every-request");
    }
    return new ServerConfig.AuditSettings(bool("audit.table"), node, "every-request".equals(wait));
  }

  private List<String> admins() {
    return entries("access.admins");
  }

  private List<String> entries(String key) {
    String v = string(key);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    // Subject DNs contain commas: entries are separated by ';' or given as a YAML list (joined by ';').
    for (String s : v.split(";")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  private String string(String key) {
    String v = values.get(key);
    return v == null || v.isBlank() ? null : v.trim();
  }

  private Path path(String key) {
    String v = string(key);
    return v == null ? null : Path.of(v);
  }

  private List<String> list(String key) {
    String v = string(key);
    if (v == null) {
      return List.of();
    }
    return java.util.Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private boolean bool(String key) {
    String v = string(key);
    if ("true".equalsIgnoreCase(v)) {
      return true;
    }
    if ("false".equalsIgnoreCase(v)) {
      return false;
    }
    throw bad(key, "true or false");
  }

  private int integer(String key) {
    String v = string(key);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw bad(key, "an integer");
    }
  }

  /** A byte count: a plain integer, or with a unit B, KiB, MiB, GiB. */
  private int size(String key) {
    String v = string(key);
    Matcher m = v == null ? null : SIZE.matcher(v);
    if (m == null || !m.matches()) {
      throw bad(key, "a byte count such as 4194304 or 4MiB");
    }
    long n = Long.parseLong(m.group(1));
    long factor = switch (m.group(2)) {
      case "KiB" -> 1024L;
      case "MiB" -> 1024L * 1024;
      case "GiB" -> 1024L * 1024 * 1024;
      default -> 1L;
    };
    long bytes = n * factor;
    if (n > Integer.MAX_VALUE || bytes > Integer.MAX_VALUE) {
      throw bad(key, "at most " + Integer.MAX_VALUE + " bytes");
    }
    return (int) bytes;
  }

  /** A duration: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, or ISO-8601 ({@code PT5M}). */
  private Duration duration(String key) {
    String v = string(key);
    if (v == null) {
      throw bad(key, "a duration such as 30s, 5m or PT5M");
    }
    Matcher m = DURATION.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      return Duration.parse(v.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw bad(key, "a duration such as 30s, 5m or PT5M");
    }
  }

  private ServerConfig.KeyProtectionType keyProtectionType(String key) {
    String v = string(key);
    if ("software".equals(v)) {
      return ServerConfig.KeyProtectionType.SOFTWARE;
    }
    if ("pkcs11".equals(v)) {
      return ServerConfig.KeyProtectionType.PKCS11;
    }
    throw bad(key, "software or pkcs11");
  }

  private ConfigException bad(String key, String expected) {
    return new ConfigException(key + ": " + values.get(key) + " (expected: " + expected + "; from " + sources.get(key) + ")");
  }

  /** A configuration that cannot be used; the message names the key, the value and its source. */
  public static final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
      super(message);
    }

    public ConfigException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
