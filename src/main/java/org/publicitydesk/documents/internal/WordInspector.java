package org.publicitydesk.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents.ExtractedText;
import org.publicitydesk.documents.Upload;
import org.springframework.stereotype.Component;
import org.w3c.dom.Node;

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
  /** 字数: each Han character is one, and so is each run of letters and digits of any other script. */
  private static final Pattern WORDS = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{M}\\p{Nd}&&[^\\p{IsHan}]]+");
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** A marker on the walk's stack: the end of a paragraph. */
  private static final Object PARAGRAPH_END = new Object();

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

  private String text(OPCPackage pkg, String field, String name, String noun) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(pkg)) {
      String main = doc.getPackagePart().getContentType();
      if (!XWPFRelation.DOCUMENT.getContentType().equals(main)) {
        throw new DocumentRejected(field, noun + "“" + name + "”是含宏或模板的 Word 文件,不予接收;请另存为普通 .docx 文档");
      }
      checkPictures(doc, field, name, noun);
      return bodyText(doc.getDocument().getBody().getDomNode()).strip();
    }
  }

  /**
   * The text of the document's body in reading order: paragraphs, tables, text boxes ({@code w:txbxContent}, also
   * inside {@code mc:AlternateContent}) and content controls ({@code w:sdt}), which POI's {@code XWPFWordExtractor}
   * skips in part. The {@code mc:Fallback} of an alternate content is the same text box again for old Word versions
   * (VML) and is left out; headers, footers, deleted text and field codes are not the article's text.
   */
  static String bodyText(Node body) {
    StringBuilder out = new StringBuilder();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(body);
    while (!todo.isEmpty()) {
      Object next = todo.pop();
      if (next == PARAGRAPH_END) {
        out.append('\n');
        continue;
      }
      Node node = (Node) next;
      String ns = node.getNamespaceURI();
      String local = node.getLocalName();
      if (MC.equals(ns) && "Fallback".equals(local)) {
        continue;
      }
      if (W.equals(ns)) {
        switch (local) {
          case "t" -> {
            // XMLBeans' DOM has no getTextContent() (DOM level 3)
            for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
              out.append(c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE
                  ? c.getNodeValue() : "");
            }
            continue;
          }
          case "tab" -> out.append(isRun(node.getParentNode()) ? "\t" : "");
          case "br", "cr" -> out.append('\n');
          case "p" -> todo.push(PARAGRAPH_END);
          default -> { }
        }
      }
      List<Node> children = new ArrayList<>();
      for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c.getNodeType() == Node.ELEMENT_NODE) {
          children.add(c);
        }
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
    return out.toString();
  }

  private static boolean isRun(Node node) {
    return node != null && W.equals(node.getNamespaceURI()) && "r".equals(node.getLocalName());
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
   * document) is refused; the size is read from the image header, nothing is decoded.
   */
  private void checkPictures(XWPFDocument doc, String field, String name, String noun) {
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
