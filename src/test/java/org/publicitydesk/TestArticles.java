package org.publicitydesk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Real Word documents made with Apache POI, and the start variables of ArticleReview, for Java API and REST. */
public final class TestArticles {

  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private TestArticles() {
  }

  public static byte[] docx(String... paragraphs) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A short article with a paragraph of its own: every sample differs enough from the others that no two are near
   * copies (R2.3), whatever order the tests run in.
   */
  public static byte[] sampleDocx() {
    return docx("经济发展办公室2026年1月5日工作信息",
        "1月5日,经济发展办公室召开片区开发推进会,研究部署2026年重点项目建设。",
        uniqueParagraph());
  }

  private static String uniqueParagraph() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      text.append((char) random.nextInt(0x4E00, 0x9FA5));
    }
    return text.toString();
  }

  /** Start variables for the Java API: a real .docx. */
  public static VariableMap start(String unitCode, String itemClass) {
    return Variables.createVariables()
        .putValue("title", "经济发展办公室2026年1月5日工作信息")
        .putValue("unitCode", unitCode)
        .putValue("category", "AREA_DEVELOPMENT")
        .putValue("itemClass", itemClass)
        .putValue("document", Variables.fileValue("工作信息.docx").file(sampleDocx()).mimeType(DOCX).create());
  }

  /** Start request body for {@code /engine-rest}: the file as Camunda's REST API takes it (base64 File variable). */
  public static Map<String, Object> restStart(String unitCode, String itemClass, String filename, String mimeType,
      byte[] file) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("title", Map.of("value", "经济发展办公室2026年1月5日工作信息"));
    variables.put("unitCode", Map.of("value", unitCode));
    variables.put("category", Map.of("value", "AREA_DEVELOPMENT"));
    variables.put("itemClass", Map.of("value", itemClass));
    variables.put("document", Map.of("type", "File", "value", Base64.getEncoder().encodeToString(file),
        "valueInfo", Map.of("filename", filename, "mimeType", mimeType)));
    return Map.of("variables", variables);
  }

  public static Map<String, Object> restStart(String unitCode, String itemClass) {
    return restStart(unitCode, itemClass, "工作信息.docx", DOCX, sampleDocx());
  }
}
