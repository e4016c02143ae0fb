package dev.clavis.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The XML reader decodes UTF-8 itself: malformed UTF-8 is a {@link TtlvException} and nothing is
 * printed to standard error (the JDK parser prints "[Fatal Error]" lines when it decodes bytes
 * itself; found by {@link XmlTtlvFuzzTest}, seed {@code finding-malformed-utf8-stderr}).
 */
class XmlTtlvUtf8Test {

  static final String ITEM = "<ClientCorrelationValue type=\"TextString\" value=\"a\"/>";

  @Test
  void malformedUtf8IsRefusedWithoutWritingToStandardError() throws Exception {
    byte[] doc = "<ClientCorrelationValue type=\"TextString\" value=\"\u00ff\"/>".getBytes(StandardCharsets.ISO_8859_1);
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> new XmlTtlv().read(new ByteArrayInputStream(doc)))
          .isInstanceOf(TtlvException.class)
          .hasMessageContaining("XML");
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aByteOrderMarkIsSkippedAndMultiByteCharactersRead() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "<ClientCorrelationValue type=\"TextString\" value=\"caf\u00e9 \u20ac\"/>".getBytes(StandardCharsets.UTF_8);
    byte[] doc = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, doc, 0, 3);
    System.arraycopy(body, 0, doc, 3, body.length);
    TtlvItem item = new XmlTtlv().read(new ByteArrayInputStream(doc)).get(0);
    assertThat(((TtlvItem.Text) item).value()).isEqualTo("caf\u00e9 \u20ac");
    assertThat(new XmlTtlv().read(ITEM)).hasSize(1);
  }
}
