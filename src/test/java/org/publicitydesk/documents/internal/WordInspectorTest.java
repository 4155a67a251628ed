package org.publicitydesk.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.publicitydesk.TestArticles;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents.ExtractedText;
import org.publicitydesk.documents.Upload;
import org.springframework.util.unit.DataSize;

/** R10.2: only real Word documents get in, each refusal says what is wrong in Chinese; text and words are counted. */
class WordInspectorTest {

  private final WordInspector inspector = new WordInspector(
      new DocumentProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(5), DataSize.ofMegabytes(100), 12000,
          DataSize.ofMegabytes(20)));

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
        new DocumentProperties(DataSize.ofKilobytes(1), DataSize.ofMegabytes(5), DataSize.ofMegabytes(100), 12000,
          DataSize.ofMegabytes(20)));
    assertThatThrownBy(() -> small.inspect(new Upload("document", "稿件.docx", TestArticles.DOCX, TestArticles.sampleDocx())))
        .hasMessageContaining("超过上限 0.0 MB").hasMessageContaining("请压缩图片后再上传");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, new byte[0])).hasMessageContaining("为空");
  }

  // --- text that POI's XWPFWordExtractor misses, and the word count

  private static final String MC = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
  private static final String WPS = "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

  /** A run holding a text box as Word 2010+ writes it: DrawingML in mc:Choice, the same box as VML in mc:Fallback. */
  private static String textBox(String text) {
    String content = "<w:txbxContent><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:txbxContent>";
    return "<w:r><mc:AlternateContent " + MC + "><mc:Choice " + WPS + " Requires=\"wps\"><w:drawing>"
        + "<wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">"
        + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
        + "<wps:wsp><wps:txbx>" + content + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        + "</mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>" + content
        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
  }

  @Test
  void readsABodyThatIsAllInATextBoxOnceNotTwice() throws IOException {
    ExtractedText text = inspect("稿件.docx", TestArticles.DOCX, withBody("<w:p>" + textBox("街道召开片区开发推进会") + "</w:p>"));
    assertThat(text.text()).isEqualTo("街道召开片区开发推进会");
    assertThat(text.wordCount()).isEqualTo(11);
  }

  @Test
  void readsAnOldVmlTextBoxWithoutAlternateContent() throws IOException {
    ExtractedText text = inspect("稿件.docx", TestArticles.DOCX, withBody("<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-"
        + "microsoft-com:vml\"><v:textbox><w:txbxContent><w:p><w:r><w:t>社区服务</w:t></w:r></w:p></w:txbxContent>"
        + "</v:textbox></v:shape></w:pict></w:r></w:p>"));
    assertThat(text.text()).isEqualTo("社区服务");
    assertThat(text.wordCount()).isEqualTo(4);
  }

  @Test
  void readsContentControlsTablesAndTextBoxesInReadingOrder() throws IOException {
    String body = "<w:p><w:r><w:t>标题:街道工作</w:t></w:r></w:p>"
        // a block content control with the name, an inline one with the address
        + "<w:sdt><w:sdtPr><w:alias w:val=\"单位\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>经济发展办公室 钱伟</w:t></w:r></w:p>"
        + "</w:sdtContent></w:sdt>"
        + "<w:p><w:r><w:t>地址:</w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>幸福路1号</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>进度 80%</w:t></w:r></w:p>"
        + "</w:tc></w:tr></w:tbl>"
        + "<w:p><w:r><w:t>附:</w:t></w:r>" + textBox("照片说明") + "</w:p>"
        // deleted text (tracked changes) is not the article's text
        + "<w:p><w:del w:id=\"1\" w:author=\"a\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:delText>删掉的字</w:delText></w:r>"
        + "</w:del><w:r><w:t>完</w:t></w:r></w:p>";
    ExtractedText text = inspect("稿件.docx", TestArticles.DOCX, withBody(body));
    assertThat(text.text()).isEqualTo("标题:街道工作\n经济发展办公室 钱伟\n地址:幸福路1号\n项目\n进度 80%\n附:照片说明\n\n完");
    // 标题街道工作 6 + 经济发展办公室钱伟 9 + 地址幸福路 5 + 1 + 号 1 + 项目进度 4 + 80 1 + 附照片说明 5 + 完 1
    assertThat(text.wordCount()).isEqualTo(33);
  }

  @Test
  void leavesDeletedTextAndFieldCodesOutButKeepsTheFieldResult() throws IOException {
    String body = "<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> PAGE \\* MERGEFORMAT </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r>"
        // a deleted run outside w:del, and a moved-away one: neither is text
        + "<w:r><w:delText>旧稿</w:delText></w:r><w:moveFrom w:id=\"2\"><w:r><w:delText>挪走</w:delText></w:r></w:moveFrom></w:p>";
    ExtractedText text = inspect("稿件.docx", TestArticles.DOCX, withBody(body));
    assertThat(text.text()).isEqualTo("见第3页");
    assertThat(text.wordCount()).isEqualTo(4);
  }

  @Test
  void readsNestedTablesCellByCell() throws IOException {
    String inner = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>内甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>内乙</w:t></w:r></w:p>"
        + "</w:tc></w:tr></w:tbl>";
    String body = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>外一</w:t></w:r>"
        + "</w:p></w:tc><w:tc>" + inner + "<w:p/></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>外二</w:t></w:r></w:p></w:tc>"
        + "</w:tr></w:tbl><w:p><w:r><w:t>表后</w:t></w:r></w:p>";
    assertThat(inspect("稿件.docx", TestArticles.DOCX, withBody(body)).text()).isEqualTo("外一\n内甲\n内乙\n\n外二\n表后");
  }

  @Test
  void aTabCountsInsideARunOnlyAndBreaksAreNewLines() throws IOException {
    // the paragraph's tab stops (w:pPr/w:tabs/w:tab) are layout, not text
    String body = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
        + "<w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">A </w:t><w:t>&lt;通知&gt; &amp; </w:t><w:t><![CDATA[<公告>]]></w:t>"
        + "<!-- 批注 --><w:t>B</w:t></w:r></w:p>";
    assertThat(inspect("稿件.docx", TestArticles.DOCX, withBody(body)).text()).isEqualTo("甲\t乙\n丙\n丁\nA <通知> & <公告>B");
  }

  @Test
  void refusesADocumentTypeDeclarationEvenWithoutEntities() throws IOException {
    byte[] dtd = repackage(TestArticles.docx("正文"), "word/document.xml", s -> s
        .replaceFirst("<w:document", "<!DOCTYPE w:document [<!ELEMENT w:document ANY>]><w:document"));
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, dtd)).hasMessage("无法读取稿件“稿件.docx”:文件已损坏或不是 Word 文档");
  }

  @Test
  void refusesAMainPartThatIsNoWordBody() throws IOException {
    byte[] noBody = repackage(TestArticles.docx("正文"), "word/document.xml", s -> s
        .replaceAll("(?s)<w:body>.*</w:body>", ""));
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, noBody)).hasMessage("无法读取稿件“稿件.docx”:文件已损坏或不是 Word 文档");
    byte[] unclosed = repackage(TestArticles.docx("正文"), "word/document.xml", s -> s.replace("</w:document>", ""));
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, unclosed)).hasMessageContaining("文件已损坏");
  }

  @Test
  void refusesAnEnormousPictureInTheHeaderToo() throws Exception {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("街道召开会议");
      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      header.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png(60_000, 60_000)),
          Document.PICTURE_TYPE_PNG, "logo.png", Units.toEMU(50), Units.toEMU(50));
      doc.write(out);
      docx = out.toByteArray();
    }
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, docx))
        .hasMessage("稿件“稿件.docx”中的图片尺寸过大(每边不超过 12000 像素);请缩小图片后再上传");
    // the same picture under a type that hides it ([Content_Types].xml) is found through the header's relationship
    byte[] hidden = repackage(docx, "[Content_Types].xml", s -> s.replace("\"image/png\"", "\"application/octet-stream\""));
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, hidden)).hasMessageContaining("图片尺寸过大");
  }

  /** A PNG signature and header (IHDR) claiming the given size: nothing to decode, a huge promise. */
  private static byte[] png(int width, int height) {
    java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 25 + 12);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    byte[] ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).array();
    for (var chunk : java.util.List.of(java.util.Map.entry("IHDR", ihdr), java.util.Map.entry("IEND", new byte[0]))) {
      byte[] type = chunk.getKey().getBytes(StandardCharsets.US_ASCII);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(type);
      crc.update(chunk.getValue());
      png.putInt(chunk.getValue().length).put(type).put(chunk.getValue()).putInt((int) crc.getValue());
    }
    return png.array();
  }

  @Test
  void leavesHeadersAndFootersOutOfTheText() throws IOException {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("街道召开会议");
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("经济发展办公室信息专报");
      doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("第 1 页 Page");
      doc.write(out);
      docx = out.toByteArray();
    }
    ExtractedText text = inspect("稿件.docx", TestArticles.DOCX, docx);
    assertThat(text.text()).isEqualTo("街道召开会议");
    assertThat(text.wordCount()).isEqualTo(6);
  }

  @Test
  void countsWordsOfEveryScript() {
    // Russian: 5 words; Greek 2; a Chinese sentence with a Cyrillic name: 7 Han + 1 word
    assertThat(WordInspector.measure("Привет, мир! Это 2026 год.").wordCount()).isEqualTo(5);
    assertThat(WordInspector.measure("Καλημέρα κόσμε").wordCount()).isEqualTo(2);
    assertThat(WordInspector.measure("街道接待了Иванов一行").wordCount()).isEqualTo(8);
    assertThat(WordInspector.measure("GDP增长 5.2%").wordCount()).isEqualTo(5);
    assertThat(WordInspector.measure("Ёлка, ещё").wordCount()).isEqualTo(2);
    String russian = "Слово ".repeat(10_000);
    assertThat(WordInspector.measure(russian).wordCount()).isEqualTo(10_000);
  }

  @Test
  void aStrictOpenXmlDocumentIsNamedAsSuch() throws IOException {
    byte[] strict = repackage(TestArticles.docx("街道召开会议"), "_rels/.rels", s -> s.replace(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, strict))
        .hasMessageContaining("严格 Open XML").hasMessageContaining("Strict").hasMessageContaining("另存为")
        .hasMessageNotContaining("损坏");
  }

  @Test
  void aPasswordProtectedDocumentIsNamedAsSuch() throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("mima");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(TestArticles.docx("街道召开会议")));
          java.io.OutputStream os = encryptor.getDataStream(fs)) {
        pkg.save(os);
      }
      fs.writeFilesystem(out);
    }
    assertThatThrownBy(() -> inspect("稿件.docx", TestArticles.DOCX, out.toByteArray()))
        .hasMessageContaining("已加密").hasMessageContaining("取消密码").hasMessageNotContaining("损坏");
  }

  /** A document made by POI whose body is replaced by {@code bodyXml} (WordprocessingML, prefix w). */
  private static byte[] withBody(String bodyXml) throws IOException {
    return repackage(TestArticles.docx("占位"), "word/document.xml",
        s -> s.replaceFirst("(?s)<w:body>.*</w:body>", java.util.regex.Matcher.quoteReplacement("<w:body>" + bodyXml + "</w:body>")));
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
