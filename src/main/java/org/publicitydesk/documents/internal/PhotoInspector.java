package org.publicitydesk.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Upload;
import org.springframework.stereotype.Component;

/** Checks a photo (R10.3): JPEG or PNG by content, within the size limit and a sane pixel size (no decoding bombs). */
@Component
class PhotoInspector {

  private static final Set<String> FORMATS = Set.of("jpeg", "png");

  private final DocumentProperties properties;

  PhotoInspector(DocumentProperties properties) {
    this.properties = properties;
  }

  /** Returns the MIME type read from the content. */
  String inspect(Upload upload) {
    String name = upload.filename() == null ? "" : upload.filename();
    byte[] bytes = upload.bytes();
    if (bytes == null || bytes.length == 0) {
      throw new DocumentRejected(upload.field(), "照片“" + name + "”为空");
    }
    if (bytes.length > properties.maxPhotoSize().toBytes()) {
      throw new DocumentRejected(upload.field(), "照片“" + name + "”有 " + WordInspector.megabytes(bytes.length)
          + ",超过上限 " + WordInspector.megabytes(properties.maxPhotoSize().toBytes()));
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw notAPhoto(upload, name);
      }
      ImageReader reader = readers.next();
      try {
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
          throw notAPhoto(upload, name);
        }
        reader.setInput(in);
        int max = properties.maxPhotoPixelsPerSide();
        if (reader.getWidth(0) > max || reader.getHeight(0) > max) {
          throw new DocumentRejected(upload.field(), "照片“" + name + "”尺寸过大(每边不超过 " + max + " 像素)");
        }
        return "image/" + format;
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw notAPhoto(upload, name);
    }
  }

  private static DocumentRejected notAPhoto(Upload upload, String name) {
    return new DocumentRejected(upload.field(), "照片“" + name + "”不是 JPEG 或 PNG 图片");
  }
}
