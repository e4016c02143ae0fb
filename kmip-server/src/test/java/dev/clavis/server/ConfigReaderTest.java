package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import dev.clavis.codec.spec.ObjectType;
import dev.clavis.codec.spec.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

  @TempDir Path dir;

  /** The repository root (tests run in the module directory). */
  static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    return Files.isDirectory(p.resolve("conf")) ? p : p.getParent();
  }

  private Path yaml(String text) throws Exception {
    return Files.writeString(dir.resolve("clavis.yaml"), text);
  }

  @Test
  void defaults() {
    ServerConfig c = ConfigReader.defaultConfig();
    assertThat(c.bind()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(5696);
    assertThat(c.dataDir()).isEqualTo(Path.of("./clavis-data"));
    assertThat(c.tls().configured()).isFalse();
    assertThat(c.tls().protocols()).containsExactly("TLSv1.3", "TLSv1.2");
    assertThat(c.tls().requireClientAuthEku()).isTrue();
    assertThat(c.storeUrl()).isEqualTo("jdbc:h2:file:" + Path.of("clavis-data").toAbsolutePath().resolve("clavis"));
    assertThat(c.keyProtection().type()).isEqualTo(ServerConfig.KeyProtectionType.SOFTWARE);
    assertThat(c.limits()).isEqualTo(ServerLimits.DEFAULT);
  }

  @Test
  void shippedClavisYamlNamesEveryKeyWithItsDefault() throws Exception {
    Path shipped = repo().resolve("conf/clavis.yaml");
    assertThat(ConfigReader.read(shipped, Map.of())).isEqualTo(ConfigReader.defaultConfig());
    String text = Files.readString(shipped);
    for (String key : ConfigReader.DEFAULTS.keySet()) {
      String leaf = key.substring(key.lastIndexOf('.') + 1);
      assertThat(text).as("conf/clavis.yaml documents %s", key).containsPattern("(?m)^\\s+" + leaf + ":");
    }
  }

  @Test
  void yamlOverridesDefaultsAndFlagsOverrideYaml() throws Exception {
    Path f = yaml("""
        server:
          port: 15696
          bind: 0.0.0.0
        limits:
          max-frame-bytes: 64KiB
          idle-timeout: 90s
          handshake-timeout: PT3S
          max-connections: 10
        key-protection:
          type: pkcs11
          pkcs11:
            token-label: clavis
        """);
    ServerConfig c = ConfigReader.read(f, Map.of("server.port", "7000", "limits.max-connections", "20"));
    assertThat(c.port()).as("flag over YAML").isEqualTo(7000);
    assertThat(c.bind()).as("YAML over default").isEqualTo("0.0.0.0");
    assertThat(c.limits().maxConnections()).isEqualTo(20);
    assertThat(c.limits().maxFrameBytes()).isEqualTo(64 * 1024);
    assertThat(c.limits().idleTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(c.limits().handshakeTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(c.limits().maxDepth()).as("default").isEqualTo(ServerLimits.DEFAULT_MAX_DEPTH);
    assertThat(c.keyProtection().type()).isEqualTo(ServerConfig.KeyProtectionType.PKCS11);
    assertThat(c.keyProtection().pkcs11TokenLabel()).isEqualTo("clavis");
    assertThat(c.limits().ttlvLimits().maxMessageBytes()).isEqualTo(64 * 1024);
  }

  @Test
  void nullInYamlMeansDefault() throws Exception {
    ServerConfig c = ConfigReader.read(yaml("server:\n  port: ~\nstore:\n  url: null\n"), Map.of());
    assertThat(c.port()).isEqualTo(5696);
  }

  @Test
  void emptyYamlIsAllDefaults() throws Exception {
    assertThat(ConfigReader.read(yaml("# nothing\n"), Map.of())).isEqualTo(ConfigReader.defaultConfig());
  }

  @Test
  void allTlsFilesTogether() throws Exception {
    ServerConfig c = ConfigReader.read(null, Map.of(
        "tls.server-cert", "s.pem", "tls.server-key", "s.key", "tls.client-ca", "ca.pem", "tls.protocols", "TLSv1.3"));
    assertThat(c.tls().configured()).isTrue();
    assertThat(c.tls().serverCert()).isEqualTo(Path.of("s.pem"));
    assertThat(c.tls().protocols()).containsExactly("TLSv1.3");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("tls.server-cert", "s.pem")))
        .hasMessageContaining("expected: all three, or none");
  }

  @Test
  void unknownKeyIsAnErrorNamingTheKeyAndTheChoices() throws Exception {
    Path f = yaml("limits:\n  max-frame-byte: 10\n");
    assertThatThrownBy(() -> ConfigReader.read(f, Map.of()))
        .isInstanceOf(ConfigReader.ConfigException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("unknown key limits.max-frame-byte")
        .hasMessageContaining("limits.max-frame-bytes");
  }

  @Test
  void unknownSectionIsAnError() throws Exception {
    Path f = yaml("sever:\n  port: 1\n");
    assertThatThrownBy(() -> ConfigReader.read(f, Map.of()))
        .hasMessageContaining("unknown key sever")
        .hasMessageContaining("expected one of: server, tls, store, key-protection, access, audit, limits");
  }

  @Test
  void unknownCommandLineKeyIsAnError() {
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("limits.nope", "1")))
        .hasMessageContaining("unknown configuration key: limits.nope");
  }

  @Test
  void duplicateKeyIsAnError() throws Exception {
    Path f = yaml("server:\n  port: 1\n  port: 2\n");
    assertThatThrownBy(() -> ConfigReader.read(f, Map.of())).hasMessageContaining("Duplicate field 'port'");
  }

  @Test
  void badValuesNameKeyValueExpectationAndSource() throws Exception {
    Path f = yaml("server:\n  port: many\n");
    assertThatThrownBy(() -> ConfigReader.read(f, Map.of()))
        .hasMessage("server.port: many (expected: an integer; from " + f + ")");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("server.port", "70000")))
        .hasMessage("server.port: 70000 (expected: 0..65535; from command line)");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("limits.idle-timeout", "soon")))
        .hasMessageContaining("limits.idle-timeout: soon (expected: a duration");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("limits.max-frame-bytes", "3GiB")))
        .hasMessageContaining("expected: at most 2147483647 bytes");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("limits.max-connections", "0")))
        .hasMessageContaining("maxConnections: 0 (expected: >= 1)");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("key-protection.type", "vault")))
        .hasMessageContaining("key-protection.type: vault (expected: software or pkcs11");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("tls.require-client-auth-eku", "yes please")))
        .hasMessageContaining("expected: true or false");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("audit.table-wait", "never")))
        .hasMessageContaining("audit.table-wait: never (expected: changes or every-request");
    assertThat(ConfigReader.read(null, Map.of()).audit().tableWaitEveryRequest()).as("default: changes").isFalse();
    assertThat(ConfigReader.read(null, Map.of("audit.table-wait", "every-request")).audit().tableWaitEveryRequest()).isTrue();
  }

  @Test
  void olderTlsVersionsCannotBeEnabled() {
    for (String p : List.of("TLSv1.1", "TLSv1", "SSLv3")) {
      assertThatThrownBy(() -> ConfigReader.read(null, Map.of("tls.protocols", "TLSv1.2," + p)))
          .hasMessageContaining("tls.protocols: " + p + " (expected: one of [TLSv1.3, TLSv1.2])");
    }
  }

  @Test
  void aSectionGivenAsAValueIsAnError() throws Exception {
    Path f = yaml("limits: 5\n");
    assertThatThrownBy(() -> ConfigReader.read(f, Map.of())).hasMessageContaining("unknown key limits");
    Path g = yaml("server:\n  port:\n    value: 1\n");
    assertThatThrownBy(() -> ConfigReader.read(g, Map.of())).hasMessageContaining("server.port is a mapping");
  }

  @Test
  void logbackConfigurationInTheJarMatchesConf() throws Exception {
    String conf = Files.readString(repo().resolve("conf/logback.xml"));
    String jar = Files.readString(repo().resolve("kmip-server/src/main/resources/logback.xml"));
    assertThat(jar.substring(jar.indexOf("<configuration>"))).isEqualTo(conf.substring(conf.indexOf("<configuration>")));
  }

  @Test
  void customRolesAreReadWithTheirOperationsObjectTypesScopeAndMembers() throws Exception {
    Path f = yaml("""
        access:
          default-role: tde-reader
          roles:
            tde-reader:
              operations: [Get, Locate, get-attributes]
              object-types: [Symmetric Key]
              objects: all
              members: ["CN=db-1,O=Example", "DNS:db-2"]
            certs:
              operations: Register
        """);
    ServerConfig.AccessSettings a = ConfigReader.read(f, Map.of()).access();
    assertThat(a.defaultRole()).isEqualTo("tde-reader");
    ServerConfig.RoleSettings tde = a.roles().get("tde-reader");
    assertThat(tde.operations()).containsExactly(Operation.GET, Operation.LOCATE, Operation.GET_ATTRIBUTES);
    assertThat(tde.objectTypes()).containsExactly(ObjectType.SYMMETRIC_KEY);
    assertThat(tde.allObjects()).isTrue();
    assertThat(tde.members()).containsExactly("CN=db-1,O=Example", "DNS:db-2");
    ServerConfig.RoleSettings certs = a.roles().get("certs");
    assertThat(certs.objectTypes()).as("every type when not given").isNull();
    assertThat(certs.allObjects()).as("own objects by default").isFalse();
    assertThat(ConfigReader.read(null, Map.of("access.roles.x.operations", "Get;Destroy")).access().roles().get("x")
        .operations()).as("from the command line").containsExactly(Operation.GET, Operation.DESTROY);
  }

  @Test
  void customRoleErrorsNameTheRoleTheValueAndTheChoices() throws Exception {
    assertThatThrownBy(() -> ConfigReader.read(yaml("access:\n  roles:\n    r:\n      operations: [Gett]\n"), Map.of()))
        .hasMessageContaining("access.roles.r.operations: Gett is not a KMIP operation").hasMessageContaining("clavis.yaml");
    assertThatThrownBy(() -> ConfigReader.read(yaml(
        "access:\n  roles:\n    r:\n      operations: [Get]\n      object-types: [Symetric Key]\n"), Map.of()))
        .hasMessageContaining("access.roles.r.object-types: Symetric Key is not a KMIP Object Type")
        .hasMessageContaining("Symmetric Key");
    assertThatThrownBy(() -> ConfigReader.read(yaml("access:\n  roles:\n    Admin:\n      operations: [Get]\n"), Map.of()))
        .hasMessageContaining("access.roles.Admin: the name of a built-in role");
    assertThatThrownBy(() -> ConfigReader.read(yaml("access:\n  roles:\n    r:\n      operation: [Get]\n"), Map.of()))
        .hasMessageContaining("unknown key access.roles.r.operation").hasMessageContaining("access.roles.r.operations");
    assertThatThrownBy(() -> ConfigReader.read(yaml("access:\n  roles:\n    r:\n      members: [a]\n"), Map.of()))
        .hasMessageContaining("access.roles.r.operations: none");
    assertThatThrownBy(() -> ConfigReader.read(yaml(
        "access:\n  operators: [a]\n  roles:\n    r:\n      operations: [Get]\n      members: [a]\n"), Map.of()))
        .hasMessageContaining("access.roles.r.members: a is also listed under access.operators");
    assertThatThrownBy(() -> ConfigReader.read(yaml(
        "access:\n  roles:\n    r:\n      operations: [Get]\n      objects: everything\n"), Map.of()))
        .hasMessageContaining("access.roles.r.objects: everything (expected: own");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("access.default-role", "tde")))
        .hasMessageContaining("access.default-role: tde (expected: admin, operator, auditor, none or a role under access.roles)");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("access.roles.r.colour", "red")))
        .hasMessageContaining("unknown configuration key: access.roles.r.colour");
  }

  @Test
  void leaseTimeDefaultsToOneHourAndTakesWholeSecondsOrZero() throws Exception {
    assertThat(ConfigReader.defaultConfig().lease()).isEqualTo(LeasePolicy.DEFAULT);
    assertThat(LeasePolicy.DEFAULT.seconds()).isEqualTo(3600);
    Path f = yaml("""
        policy:
          lease-time: 15m
        """);
    assertThat(ConfigReader.read(f, Map.of()).lease().seconds()).isEqualTo(900);
    assertThat(ConfigReader.read(f, Map.of("policy.lease-time", "0")).lease().seconds())
        .as("0: no lease limit").isZero();
    for (String bad : new String[] {"1500ms", "-5s", "137000000h"}) {
      assertThatThrownBy(() -> ConfigReader.read(null, Map.of("policy.lease-time", bad)))
          .as(bad).isInstanceOf(ConfigReader.ConfigException.class).hasMessageContaining("policy.lease-time");
    }
  }
}
