package org.publicitydesk.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.extractor.POITextExtractor;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents.ExtractedText;
import org.publicitydesk.documents.Upload;
import org.springframework.stereotype.Component;

/**
 * Checks that an upload is a real Word article (R10.2) and extracts its text with Apache POI: .docx name, a Word
 * content type, the size limit, a real OOXML package whose main part is a Word document (macro-enabled documents
 * are refused), and POI's zip-bomb limits. POI parses the package's XML with external entities disabled.
 */
@Component
class WordInspector {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final Set<String> ACCEPTED_TYPES = Set.of(DOCX, "application/octet-stream", "application/zip",
      "application/x-zip-compressed", "binary/octet-stream");
  private static final Pattern WORDS = Pattern.compile("\\p{IsHan}|[\\p{IsLatin}\\p{Nd}]+");

  private final DocumentProperties properties;

  WordInspector(DocumentProperties properties) {
    this.properties = properties;
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(properties.maxUnpackedEntrySize().toBytes());
  }

  ExtractedText inspect(Upload upload) {
    String field = upload.field();
    String name = upload.filename() == null ? "" : upload.filename();
    byte[] bytes = upload.bytes();
    if (bytes == null || bytes.length == 0) {
      throw new DocumentRejected(field, "稿件文件为空,请重新选择 Word 文档 (.docx)");
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
      throw new DocumentRejected(field, "稿件必须是 Word 文档 (.docx),收到的是“" + name + "”。"
          + "旧版 .doc、.docm、PDF 和图片请另存为 .docx 后再上传");
    }
    if (bytes.length > properties.maxWordSize().toBytes()) {
      throw new DocumentRejected(field, "稿件“" + name + "”有 " + megabytes(bytes.length) + ",超过上限 "
          + megabytes(properties.maxWordSize().toBytes()) + ";请压缩图片后再上传");
    }
    String type = baseType(upload.contentType());
    if (!type.isEmpty() && !ACCEPTED_TYPES.contains(type)) {
      throw new DocumentRejected(field, "稿件“" + name + "”的文件类型是 " + type + ",不是 Word 文档 (.docx)");
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new DocumentRejected(field, "稿件“" + name + "”不是有效的 Word 文档:文件内容不是 .docx 格式"
          + "(可能已损坏,或只是改了扩展名)");
    }
    if (!completeZip(bytes)) {
      throw new DocumentRejected(field, "无法读取稿件“" + name + "”:文件不完整(被截断或已损坏);请在 Word 中重新保存后再上传");
    }
    String text;
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes)); XWPFDocument doc = new XWPFDocument(pkg)) {
      String main = doc.getPackagePart().getContentType();
      if (!XWPFRelation.DOCUMENT.getContentType().equals(main)) {
        throw new DocumentRejected(field, "稿件“" + name + "”是含宏或模板的 Word 文件,不予接收;请另存为普通 .docx 文档");
      }
      checkPictures(doc, field, name);
      try (POITextExtractor extractor = new XWPFWordExtractor(doc)) {
        text = extractor.getText().strip();
      }
    } catch (DocumentRejected e) {
      throw e;
    } catch (Exception | OutOfMemoryError e) {
      String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")
          ? "压缩比异常,疑似压缩炸弹" : "文件已损坏或不是 Word 文档";
      throw new DocumentRejected(field, "无法读取稿件“" + name + "”:" + reason);
    }
    if (text.isEmpty()) {
      throw new DocumentRejected(field, "稿件“" + name + "”中没有文字;请上传有正文的 Word 文档");
    }
    return measure(text);
  }

  /**
   * Embedded pictures: a picture that claims an enormous pixel size (a decompression bomb for whoever opens the
   * document) is refused; the size is read from the image header, nothing is decoded.
   */
  private void checkPictures(XWPFDocument doc, String field, String name) {
    int max = properties.maxPhotoPixelsPerSide();
    for (XWPFPictureData picture : doc.getAllPackagePictures()) {
      try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture.getData()))) {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
          continue;
        }
        ImageReader reader = readers.next();
        try {
          reader.setInput(in);
          if (reader.getWidth(0) > max || reader.getHeight(0) > max) {
            throw new DocumentRejected(field, "稿件“" + name + "”中的图片尺寸过大(每边不超过 " + max
                + " 像素);请缩小图片后再上传");
          }
        } finally {
          reader.dispose();
        }
      } catch (IOException e) {
        throw new DocumentRejected(field, "稿件“" + name + "”中的图片已损坏,无法读取;请重新插入图片后再上传");
      }
    }
  }

  /**
   * A .docx is a zip file that ends with its end-of-central-directory record; a file cut short (an interrupted
   * upload or copy) lacks it, even when what remains could still be read entry by entry.
   */
  static boolean completeZip(byte[] b) {
    for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
        int comment = (b[i + 20] & 0xFF) | ((b[i + 21] & 0xFF) << 8);
        return i + 22 + comment == b.length;
      }
    }
    return false;
  }

  long maxBytes() {
    return properties.maxWordSize().toBytes();
  }

  static ExtractedText measure(String text) {
    Matcher m = WORDS.matcher(text);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return new ExtractedText(text, count);
  }

  static String baseType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }
}
