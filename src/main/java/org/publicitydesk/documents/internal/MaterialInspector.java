package org.publicitydesk.documents.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents.ExtractedText;
import org.publicitydesk.documents.Upload;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks the material of a meeting or training session (R12) by its content, not its name alone: a .docx goes through
 * the article's checks ({@link WordInspector}); a .pdf must start with a PDF header, end with a PDF trailer and carry no
 * script or launch action; a .pptx must be a complete OOXML package whose main part is a PowerPoint presentation under
 * {@code ppt/} (macro-enabled shows and templates refused), read with POI's zip-bomb limits. Size limit
 * {@code publicity.documents.max-material-size} (Word files keep the article's limit).
 */
@Component
class MaterialInspector {

  static final String PDF = "application/pdf";
  static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  private static final String PRESENTATION_MAIN =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
  private static final Pattern PDF_ACTIVE = Pattern.compile("/(JavaScript|JS|Launch|EmbeddedFile)\\b");

  private final WordInspector words;
  private final DataSize maxSize;

  MaterialInspector(WordInspector words, DocumentProperties settings) {
    this.words = words;
    this.maxSize = settings.maxMaterialSize();
  }

  /** What was checked: its MIME type, and for Word files the text. */
  record Checked(String contentType, ExtractedText text) {
  }

  Checked inspect(Upload upload) {
    String name = upload.filename() == null ? "" : upload.filename();
    String lower = name.toLowerCase(Locale.ROOT);
    byte[] bytes = upload.bytes() == null ? new byte[0] : upload.bytes();
    if (lower.endsWith(".docx")) {
      return new Checked(WordInspector.DOCX, words.inspect(upload, "材料"));
    }
    if (!lower.endsWith(".pdf") && !lower.endsWith(".pptx")) {
      throw new DocumentRejected(upload.field(), "会议材料须为 Word (.docx)、PDF (.pdf) 或 PowerPoint (.pptx) 文件,收到的是“"
          + name + "”;旧版 .doc、.ppt 请另存为新格式后再上传");
    }
    if (bytes.length == 0) {
      throw new DocumentRejected(upload.field(), "材料“" + name + "”为空");
    }
    long max = maxSize.toBytes();
    if (bytes.length > max) {
      throw new DocumentRejected(upload.field(), "材料“" + name + "”有 " + WordInspector.megabytes(bytes.length)
          + ",超过上限 " + WordInspector.megabytes(max));
    }
    return lower.endsWith(".pdf") ? pdf(upload.field(), name, bytes) : pptx(upload.field(), name, bytes);
  }

  private static Checked pdf(String field, String name, byte[] bytes) {
    if (bytes.length < 8 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      throw new DocumentRejected(field, "材料“" + name + "”不是有效的 PDF 文件(文件内容不是 PDF,可能只是改了扩展名)");
    }
    int tail = Math.max(0, bytes.length - 1024);
    if (!new String(bytes, tail, bytes.length - tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
      throw new DocumentRejected(field, "材料“" + name + "”不完整(PDF 文件被截断或已损坏);请重新导出后再上传");
    }
    if (PDF_ACTIVE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
      throw new DocumentRejected(field, "材料“" + name + "”含有脚本、启动操作或嵌入文件,不予接收;请另存为普通 PDF 后再上传");
    }
    return new Checked(PDF, null);
  }

  private static Checked pptx(String field, String name, byte[] bytes) {
    if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
      throw new DocumentRejected(field, "材料“" + name + "”不是 .pptx 格式,是旧版 PowerPoint (.ppt)、已加密的文件或其他 Office 文件;"
          + "请取消密码并另存为 .pptx 后再上传");
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || !WordInspector.completeZip(bytes)) {
      throw new DocumentRejected(field, "材料“" + name + "”不是有效的 PowerPoint 文件(不完整、已损坏或只是改了扩展名)");
    }
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
      PackagePart part = main == null ? null : pkg.getPart(main);
      if (part == null || !part.getPartName().getName().startsWith("/ppt/")) {
        throw new DocumentRejected(field, "材料“" + name + "”不是 PowerPoint 演示文稿");
      }
      if (!PRESENTATION_MAIN.equals(part.getContentType())) {
        throw new DocumentRejected(field, "材料“" + name + "”是含宏、模板或放映格式的 PowerPoint 文件,不予接收;请另存为普通 .pptx");
      }
    } catch (DocumentRejected e) {
      throw e;
    } catch (Exception | OutOfMemoryError e) {
      String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")
          ? "压缩比异常,疑似压缩炸弹" : "文件已损坏或不是 PowerPoint 文件";
      throw new DocumentRejected(field, "无法读取材料“" + name + "”:" + reason);
    }
    return new Checked(PPTX, null);
  }
}
