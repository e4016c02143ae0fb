package dev.clavis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code server.https-port} key and the {@code --https-port} flag. */
class HttpsConfigTest {

  @TempDir Path dir;

  @Test
  void offByDefault() {
    assertThat(ConfigReader.DEFAULTS).containsEntry("server.https-port", "0");
    assertThat(ConfigReader.defaultConfig().httpsPort()).isZero();
  }

  @Test
  void yamlKey() throws Exception {
    Path yaml = Files.writeString(dir.resolve("clavis.yaml"), "server:\n  https-port: 8443\n");
    assertThat(ConfigReader.read(yaml, Map.of()).httpsPort()).isEqualTo(8443);
    Path off = Files.writeString(dir.resolve("off.yaml"), "server:\n  https-port: 0\n");
    assertThat(ConfigReader.read(off, Map.of()).httpsPort()).isZero();
  }

  @Test
  void flagWinsOverYaml() throws Exception {
    Path yaml = Files.writeString(dir.resolve("clavis.yaml"), "server:\n  https-port: 8443\n");
    ServeCommand cmd = new ServeCommand();
    new CommandLine(cmd).parseArgs("--https-port", "9443");
    Map<String, String> overrides = cmd.overrides();
    assertThat(overrides).containsEntry("server.https-port", "9443");
    assertThat(ConfigReader.read(yaml, overrides).httpsPort()).isEqualTo(9443);
  }

  @Test
  void withoutTheFlagTheYamlApplies() throws Exception {
    Path yaml = Files.writeString(dir.resolve("clavis.yaml"), "server:\n  https-port: 8443\n");
    ServeCommand cmd = new ServeCommand();
    new CommandLine(cmd).parseArgs("--port", "0");
    assertThat(cmd.overrides()).doesNotContainKey("server.https-port");
    assertThat(ConfigReader.read(yaml, cmd.overrides()).httpsPort()).isEqualTo(8443);
  }

  @Test
  void badValuesNameTheKey() throws Exception {
    Path yaml = Files.writeString(dir.resolve("clavis.yaml"), "server:\n  https-port: 70000\n");
    assertThatThrownBy(() -> ConfigReader.read(yaml, Map.of()))
        .isInstanceOf(ConfigReader.ConfigException.class)
        .hasMessageContaining("server.https-port: 70000").hasMessageContaining("0 = off");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("server.https-port", "https")))
        .isInstanceOf(ConfigReader.ConfigException.class)
        .hasMessageContaining("server.https-port: https");
    assertThatThrownBy(() -> ConfigReader.read(null, Map.of("server.https-port", "-1")))
        .isInstanceOf(ConfigReader.ConfigException.class);
  }

  @Test
  void theRecordKeepsItThroughItsWithers() {
    ServerConfig c = ConfigReader.read(null, Map.of("server.https-port", "8443"));
    assertThat(c.withPort(0).httpsPort()).isEqualTo(8443);
    assertThat(c.withLimits(ServerLimits.DEFAULT).httpsPort()).isEqualTo(8443);
    assertThat(c.withTls(c.tls()).httpsPort()).isEqualTo(8443);
    assertThat(c.withAdmins(java.util.List.of("CN=a")).httpsPort()).isEqualTo(8443);
    assertThat(c.withHttpsPort(0).httpsPort()).isZero();
    assertThatThrownBy(() -> c.withHttpsPort(65536)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("httpsPort: 65536");
  }
}
