package org.publicitydesk.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.publicitydesk.TestArticles;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents.ExtractedText;
import org.publicitydesk.documents.Upload;
import org.springframework.util.unit.DataSize;

/** R10.2: only real Word documents get in, each refusal says what is wrong in Chinese; text and words are counted. */
class WordInspectorTest {

  private final WordInspector inspector = new WordInspector(
      new DocumentProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(5), DataSize.ofMegabytes(100), 12000));

  @Test
  void extractsTheTextAndCountsChineseCharactersAndLatinWords() {
    ExtractedText text = inspect("稿件.docx", TestArticles.DOCX, TestArticles.docx("街道召开会议", "GDP增长 5.2%"));
    assertThat(text.text()).contains("街道召开会议").contains("GDP增长 5.2%");
    // 街 道 召 开 会 议 (6) + GDP (1) + 增 长 (2) + 5 (1) + 2 (1)
    assertThat(text.wordCount()).isEqualTo(11);
  }

  @Test
  void refusesAPdfByName() {
    assertThatThrownBy(() -> inspect("稿件.pdf", "application/pdf", "%PDF-1.4".getBytes()))
        .isInstanceOf(DocumentRejected.class).hasMessageContaining("稿件必须是 Word 文档 (.docx)").hasMessageContaining("稿件.pdf");
  }

  @Test
  void refusesAWrongContentType() {
    assertThatThrownBy(() -> inspect("稿件.docx", "image/png", TestArticles.sampleDocx()))
        .hasMessageContaining("image/png").hasMessageContaining("不是 Word 文档");
  }

  @Test
  void refusesAPdfRenamedToDocx() {
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, "%PDF-1.4 fake".getBytes()))
        .hasMessageContaining("文件内容不是 .docx 格式");
  }

  @Test
  void refusesATruncatedDocument() {
    byte[] docx = TestArticles.sampleDocx();
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, Arrays.copyOf(docx, docx.length / 2)))
        .hasMessageContaining("无法读取稿件").hasMessageContaining("已损坏");
  }

  @Test
  void refusesAZipThatIsNoWordDocument() throws IOException {
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, zip("hello.txt", "你好".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("无法读取稿件");
  }

  @Test
  void refusesAMacroEnabledDocumentRenamedToDocx() throws IOException {
    byte[] docm = repackage(TestArticles.sampleDocx(), "[Content_Types].xml", s -> s.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml"));
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, docm)).hasMessageContaining("含宏");
  }

  @Test
  void refusesAZipBomb() throws IOException {
    // 60 MB of zeros compress to about 60 KB: an inflate ratio far below POI's limit
    byte[] bomb = repackage(TestArticles.sampleDocx(), "word/document.xml",
        s -> s.replace("</w:body>", "<!--" + "0".repeat(60 * 1024 * 1024) + "--></w:body>"));
    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, bomb)).hasMessageContaining("疑似压缩炸弹");
  }

  @Test
  void doesNotResolveExternalEntities() throws IOException {
    byte[] xxe = repackage(TestArticles.docx("正文"), "word/document.xml", s -> s
        .replaceFirst("<w:document", "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><w:document")
        .replace("正文", "正文&secret;"));
    // POI refuses DOCTYPEs altogether; either way /etc/passwd never reaches the text
    try {
      assertThat(inspect("稿件.docx", TestArticles.DOCX, xxe).text()).doesNotContain("root:");
    } catch (DocumentRejected e) {
      assertThat(e.getMessage()).contains("无法读取稿件");
    }
  }

  @Test
  void refusesADocumentWithoutText() {
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, TestArticles.docx()))
        .hasMessageContaining("没有文字");
  }

  @Test
  void refusesADocumentOverTheSizeLimit() {
    WordInspector small = new WordInspector(
        new DocumentProperties(DataSize.ofKilobytes(1), DataSize.ofMegabytes(5), DataSize.ofMegabytes(100), 12000));
    assertThatThrownBy(() -> small.inspect(new Upload("document", "稿件.docx", TestArticles.DOCX, TestArticles.sampleDocx())))
        .hasMessageContaining("超过上限 0.0 MB").hasMessageContaining("请压缩图片后再上传");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, new byte[0])).hasMessageContaining("为空");
  }

  private ExtractedText inspect(String name, String type, byte[] bytes) {
    return inspector.inspect(new Upload("document", name, type, bytes));
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** The same package with one entry's text changed. */
  private static byte[] repackage(byte[] docx, String entry, java.util.function.UnaryOperator<String> change)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals(entry)) {
          content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
