package org.publicitydesk.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.publicitydesk.TestArticles;

/**
 * Real small Word documents, each with a paragraph of its own (so no two are near copies, R2.3): one made by Apache
 * POI, its main part rewritten per article. Made before the clock starts, so the benchmark times the server only.
 */
final class BenchDocuments {

  private static final String MARKER = "BENCHMARKPARAGRAPH";
  private final byte[] template = TestArticles.docx("工作信息", "街道召开片区开发推进会,研究部署重点项目建设。", MARKER);
  private final SplittableRandom random = new SplittableRandom(2026);

  synchronized byte[] next() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      text.append((char) random.nextInt(0x4E00, 0x9FA5));
    }
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          content = new String(content, StandardCharsets.UTF_8).replace(MARKER, text).getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
