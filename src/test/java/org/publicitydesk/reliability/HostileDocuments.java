package org.publicitydesk.reliability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.publicitydesk.TestArticles;

/**
 * A generator of malformed and malicious "Word documents": random bytes, truncated packages, zip bombs, XML external
 * entities and entity expansion, macro-enabled documents and templates renamed .docx, enormous embedded pictures,
 * other formats under a .docx name, wrong names and types. Deterministic (fixed seeds).
 */
final class HostileDocuments {

  record Variant(String name, String filename, String mimeType, byte[] bytes) {
    @Override
    public String toString() {
      return name + " (" + bytes.length + " bytes)";
    }
  }

  private static final String DOCX = TestArticles.DOCX;
  private static final String MAIN = "word/document.xml";
  private static final String TYPES = "[Content_Types].xml";

  private HostileDocuments() {
  }

  static List<Variant> all() {
    List<Variant> all = new ArrayList<>();
    byte[] good = TestArticles.sampleDocx();
    Random random = new Random(20261127);

    // random bytes of many sizes, some dressed up with a zip signature
    for (int size : new int[] {1, 3, 4, 17, 512, 4096, 65_536, 300_000}) {
      all.add(docx("random " + size + " bytes", bytes(random, size)));
    }
    for (int size : new int[] {30, 1000, 50_000}) {
      byte[] b = bytes(random, size);
      b[0] = 'P';
      b[1] = 'K';
      b[2] = 3;
      b[3] = 4;
      all.add(docx("zip signature + random " + size + " bytes", b));
    }
    all.add(docx("empty file", new byte[0]));

    // truncated packages: cut anywhere, including just the end of the central directory
    for (double part : new double[] {0.02, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.95, 0.99}) {
      all.add(docx("truncated at " + (int) (part * 100) + "%", java.util.Arrays.copyOf(good, (int) (good.length * part))));
    }
    for (int cut : new int[] {1, 10, 22, 100}) {
      all.add(docx("last " + cut + " bytes cut", java.util.Arrays.copyOf(good, good.length - cut)));
    }
    // bytes damaged inside the compressed document
    for (int i = 0; i < 6; i++) {
      byte[] damaged = good.clone();
      int at = damagedOffset(damaged, MAIN, i);
      for (int k = 0; k < 16; k++) {
        damaged[at + k] ^= (byte) (0x5A + k);
      }
      all.add(docx("main part damaged #" + (i + 1), damaged));
    }

    // zip bombs: a huge, highly compressible main part; a huge extra entry
    all.add(docx("zip bomb: 60 MB main part", replace(good, MAIN,
        ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + "<w:p><w:r><w:t>" + "炸".repeat(20_000_000) + "</w:t></w:r></w:p></w:body></w:document>")
            .getBytes(StandardCharsets.UTF_8))));
    all.add(docx("zip bomb: 120 MB of zeros beside the document", add(good, "word/media/zeros.bin", new byte[120_000_000])));

    // XML external entities and entity expansion
    String xxeFile = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
        + "<w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
    all.add(docx("XXE: file entity in the main part", replace(good, MAIN, xxeFile.getBytes(StandardCharsets.UTF_8))));
    String xxeHttp = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/x.dtd\">"
        + "%remote;]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>";
    all.add(docx("XXE: remote parameter entity", replace(good, MAIN, xxeHttp.getBytes(StandardCharsets.UTF_8))));
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    laughs.append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
    all.add(docx("billion laughs", replace(good, MAIN, laughs.toString().getBytes(StandardCharsets.UTF_8))));
    String typesXxe = "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
        + new String(entry(good, TYPES), StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
    all.add(docx("XXE in [Content_Types].xml", replace(good, TYPES, typesXxe.getBytes(StandardCharsets.UTF_8))));
    String relsXxe = "<?xml version=\"1.0\"?><!DOCTYPE Relationships [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
        + new String(entry(good, "_rels/.rels"), StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "");
    all.add(docx("XXE in _rels/.rels", replace(good, "_rels/.rels", relsXxe.getBytes(StandardCharsets.UTF_8))));

    // macro-enabled documents and templates under a .docx name
    all.add(docx("macro-enabled .docm renamed", add(mainType(good,
        "application/vnd.ms-word.document.macroEnabled.main+xml"), "word/vbaProject.bin", bytes(random, 2048))));
    all.add(docx("template .dotx renamed",
        mainType(good, "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")));
    all.add(docx("macro-enabled template .dotm renamed",
        mainType(good, "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")));

    // enormous embedded pictures
    all.add(docx("picture claiming 60000×60000 px", withPicture(pngHeader(60_000, 60_000))));
    all.add(docx("picture claiming 100000×10 px", withPicture(pngHeader(100_000, 10))));
    all.add(docx("11 MB incompressible picture", withPicture(bytes(random, 11 * 1024 * 1024))));

    // other formats named .docx
    all.add(docx("PDF named .docx", "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(StandardCharsets.ISO_8859_1)));
    all.add(docx("old .doc (OLE2) named .docx", withPrefix(bytes(random, 4096), 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)));
    all.add(docx("JPEG named .docx", withPrefix(bytes(random, 4096), 0xFF, 0xD8, 0xFF, 0xE0)));
    all.add(docx("HTML named .docx", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    all.add(docx("Excel workbook named .docx", xlsx()));
    all.add(docx("empty zip", zip(Map.of())));
    all.add(docx("zip without content types", zip(Map.of(MAIN, entry(good, MAIN)))));
    all.add(docx("main part not XML", replace(good, MAIN, bytes(random, 2000))));
    all.add(docx("no text at all", TestArticles.docx()));

    // wrong names and types around a real document
    all.add(new Variant("real document named .doc", "稿件.doc", DOCX, good));
    all.add(new Variant("real document named .docx.exe", "稿件.docx.exe", DOCX, good));
    all.add(new Variant("real document without extension", "稿件", DOCX, good));
    all.add(new Variant("real document sent as image/png", "稿件.docx", "image/png", good));
    all.add(new Variant("real document sent as text/html", "稿件.docx", "text/html", good));
    all.add(new Variant("real document sent as a macro-enabled type", "稿件.docx",
        "application/vnd.ms-word.document.macroEnabled.12", good));
    return all;
  }

  private static Variant docx(String name, byte[] bytes) {
    return new Variant(name, "稿件.docx", DOCX, bytes);
  }

  private static byte[] bytes(Random random, int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return b;
  }

  private static byte[] withPrefix(byte[] b, int... prefix) {
    for (int i = 0; i < prefix.length; i++) {
      b[i] = (byte) prefix[i];
    }
    return b;
  }

  /** An offset inside the compressed data of the entry (after its local header). */
  private static int damagedOffset(byte[] zip, String name, int i) {
    byte[] header = name.getBytes(StandardCharsets.UTF_8);
    for (int at = 0; at < zip.length - header.length; at++) {
      if (zip[at] == 'P' && zip[at + 1] == 'K' && zip[at + 2] == 3 && zip[at + 3] == 4
          && java.util.Arrays.equals(zip, at + 30, at + 30 + header.length, header, 0, header.length)) {
        int data = at + 30 + header.length + (zip[at + 28] & 0xFF) + ((zip[at + 29] & 0xFF) << 8);
        return data + 8 + i * 24;
      }
    }
    throw new IllegalStateException(name + " not found");
  }

  static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  private static byte[] entry(byte[] zip, String name) {
    return entries(zip).get(name);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] replace(byte[] zip, String name, byte[] content) {
    Map<String, byte[]> entries = entries(zip);
    entries.put(name, content);
    return zip(entries);
  }

  private static byte[] add(byte[] zip, String name, byte[] content) {
    return replace(zip, name, content);
  }

  private static byte[] mainType(byte[] zip, String contentType) {
    String types = new String(entry(zip, TYPES), StandardCharsets.UTF_8).replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", contentType);
    return replace(zip, TYPES, types.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] withPicture(byte[] picture) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("经济发展办公室工作信息:图片见下。");
      doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(picture), Document.PICTURE_TYPE_PNG,
          "picture.png", Units.toEMU(100), Units.toEMU(100));
      doc.write(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PNG signature and header (IHDR) claiming the given size, then the end: nothing to decode, a huge promise. */
  static byte[] pngHeader(int width, int height) {
    ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(png, "IEND", new byte[0]);
    return png.array();
  }

  private static void chunk(ByteBuffer png, String type, byte[] data) {
    png.putInt(data.length);
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    png.put(t).put(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    png.putInt((int) crc.getValue());
  }

  private static byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.createSheet("稿件").createRow(0).createCell(0).setCellValue("经济发展办公室工作信息");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
