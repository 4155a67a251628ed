package org.publicitydesk.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents.ExtractedText;
import org.publicitydesk.documents.Upload;
import org.springframework.stereotype.Component;

/**
 * Checks that an upload is a real Word article (R10.2) and extracts its text: .docx name, a Word content type, the
 * size limit, a real OOXML package (opened by Apache POI, with its zip-bomb limits) whose main part is a Word document
 * (macro-enabled documents and templates are refused), pictures of a sane size. The body's text is streamed from the
 * main part ({@link WordBody}) without building POI's document model; no XML is read with external entities.
 */
@Component
class WordInspector {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final Set<String> ACCEPTED_TYPES = Set.of(DOCX, "application/octet-stream", "application/zip",
      "application/x-zip-compressed", "binary/octet-stream");
  /** 字数: each Han character is one, and so is each run of letters and digits of any other script. */
  private static final Pattern WORDS = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{M}\\p{Nd}&&[^\\p{IsHan}]]+");

  private final DocumentProperties properties;

  WordInspector(DocumentProperties properties) {
    this.properties = properties;
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(properties.maxUnpackedEntrySize().toBytes());
  }

  ExtractedText inspect(Upload upload) {
    return inspect(upload, "稿件");
  }

  /** The same checks, naming the file as {@code noun} in the messages (稿件 for articles, 材料 for meeting material). */
  ExtractedText inspect(Upload upload, String noun) {
    String field = upload.field();
    String name = upload.filename() == null ? "" : upload.filename();
    byte[] bytes = upload.bytes();
    if (bytes == null || bytes.length == 0) {
      throw new DocumentRejected(field, noun + "文件为空,请重新选择 Word 文档 (.docx)");
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
      throw new DocumentRejected(field, noun + "必须是 Word 文档 (.docx),收到的是“" + name + "”。"
          + "旧版 .doc、.docm、PDF 和图片请另存为 .docx 后再上传");
    }
    if (bytes.length > properties.maxWordSize().toBytes()) {
      throw new DocumentRejected(field, noun + "“" + name + "”有 " + megabytes(bytes.length) + ",超过上限 "
          + megabytes(properties.maxWordSize().toBytes()) + ";请压缩图片后再上传");
    }
    String type = baseType(upload.contentType());
    if (!type.isEmpty() && !ACCEPTED_TYPES.contains(type)) {
      throw new DocumentRejected(field, noun + "“" + name + "”的文件类型是 " + type + ",不是 Word 文档 (.docx)");
    }
    if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
      throw new DocumentRejected(field, encrypted(bytes)
          ? noun + "“" + name + "”已加密(设置了打开密码),无法读取;请在 Word 中取消密码(文件 → 信息 → 保护文档 → 用密码进行加密,"
              + "清空密码)后另存为 .docx 再上传"
          : noun + "“" + name + "”不是 .docx 格式,是旧版 Word (.doc) 或其他 Office 文件;请在 Word 中另存为 .docx 后再上传");
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new DocumentRejected(field, noun + "“" + name + "”不是有效的 Word 文档:文件内容不是 .docx 格式"
          + "(可能已损坏,或只是改了扩展名)");
    }
    if (!completeZip(bytes)) {
      throw new DocumentRejected(field, "无法读取" + noun + "“" + name + "”:文件不完整(被截断或已损坏);请在 Word 中重新保存后再上传");
    }
    String text;
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      if (pkg.isStrictOoxmlFormat()) {
        throw new DocumentRejected(field, noun + "“" + name + "”是 Word 的“严格 Open XML”(Strict) 格式,本系统无法读取;"
            + "请在 Word 中“另存为”普通的“Word 文档 (*.docx)”后再上传");
      }
      text = text(pkg, field, name, noun);
    } catch (DocumentRejected e) {
      throw e;
    } catch (Exception | OutOfMemoryError e) {
      String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")
          ? "压缩比异常,疑似压缩炸弹" : "文件已损坏或不是 Word 文档";
      throw new DocumentRejected(field, "无法读取" + noun + "“" + name + "”:" + reason);
    }
    if (text.isEmpty()) {
      throw new DocumentRejected(field, noun + "“" + name + "”中没有文字;请上传有正文的 Word 文档");
    }
    return measure(text);
  }

  private String text(OPCPackage pkg, String field, String name, String noun) throws IOException, XMLStreamException,
      InvalidFormatException {
    PackageRelationship relationship =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
    PackagePart main = relationship == null ? null : pkg.getPart(relationship);
    if (main == null) {
      throw new IOException("no main part");
    }
    // the body first: a main part that is no Word body is damaged (as before), a readable template or macro document
    // is named as such
    String text;
    try (InputStream xml = main.getInputStream()) {
      text = WordBody.text(xml);
    }
    if (!XWPFRelation.DOCUMENT.getContentType().equals(main.getContentType())) {
      throw new DocumentRejected(field, noun + "“" + name + "”是含宏或模板的 Word 文件,不予接收;请另存为普通 .docx 文档");
    }
    checkPictures(pkg, field, name, noun);
    return text.strip();
  }

  /** An OLE2 container with an {@code EncryptionInfo} stream is a password-protected Office file. */
  private static boolean encrypted(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Embedded pictures: a picture that claims an enormous pixel size (a decompression bomb for whoever opens the
   * document) is refused; the size is read from the image header, nothing is decoded. A picture is every part that
   * a part of the package (the body, a header, a footer…) refers to as an image, and every part typed as one.
   */
  private void checkPictures(OPCPackage pkg, String field, String name, String noun) throws InvalidFormatException {
    int max = properties.maxPhotoPixelsPerSide();
    for (PackagePart picture : pictures(pkg)) {
      try (InputStream data = picture.getInputStream(); ImageInputStream in = new MemoryCacheImageInputStream(data)) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
          continue;
        }
        ImageReader reader = readers.next();
        try {
          reader.setInput(in);
          if (reader.getWidth(0) > max || reader.getHeight(0) > max) {
            throw new DocumentRejected(field, noun + "“" + name + "”中的图片尺寸过大(每边不超过 " + max
                + " 像素);请缩小图片后再上传");
          }
        } finally {
          reader.dispose();
        }
      } catch (IOException e) {
        throw new DocumentRejected(field, noun + "“" + name + "”中的图片已损坏,无法读取;请重新插入图片后再上传");
      }
    }
  }

  private static Collection<PackagePart> pictures(OPCPackage pkg) throws InvalidFormatException {
    Map<PackagePartName, PackagePart> pictures = new LinkedHashMap<>();
    for (PackagePart part : pkg.getParts()) {
      if (part.isRelationshipPart()) {
        continue;
      }
      if (part.getContentType().startsWith("image/")) {
        pictures.put(part.getPartName(), part);
      }
      if (part.hasRelationships()) {
        for (PackageRelationship image : part.getRelationshipsByType(PackageRelationshipTypes.IMAGE_PART)) {
          PackagePart target = image.getTargetMode() == TargetMode.INTERNAL ? part.getRelatedPart(image) : null;
          if (target != null) {
            pictures.put(target.getPartName(), target);
          }
        }
      }
    }
    return pictures.values();
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
