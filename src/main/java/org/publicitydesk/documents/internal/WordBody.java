package org.publicitydesk.documents.internal;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * R10.2: the text of a Word document's body, streamed from its main part ({@code word/document.xml}) with StAX instead
 * of building POI's document model. Reading order: paragraphs, tables, text boxes ({@code w:txbxContent}, also inside
 * {@code mc:AlternateContent}) and content controls ({@code w:sdt}), which POI's {@code XWPFWordExtractor} skips in
 * part. The {@code mc:Fallback} of an alternate content is the same text box again for old Word versions (VML) and is
 * left out; headers, footers, deleted text ({@code w:delText}) and field codes ({@code w:instrText}) are not the
 * article's text. A tab counts only inside a run (not a paragraph's tab stops), {@code w:br} and {@code w:cr} are new
 * lines, and every paragraph ends with one. The parser is POI's secure one (no external entities, no DTD); a document
 * type declaration is refused outright, as POI refuses it.
 */
final class WordBody {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** Configured once (creating a factory looks up the implementation); each document gets its own reader. */
  private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();
  private static final byte OTHER = 0;
  private static final byte RUN = 1;
  private static final byte TEXT = 2;
  private static final byte PARAGRAPH = 3;

  private WordBody() {
  }

  /** The body's text, not stripped; the whole part must be well-formed, with a {@code w:document} holding a body. */
  static String text(InputStream mainPart) throws XMLStreamException {
    XMLStreamReader xml = XML.createXMLStreamReader(mainPart);
    try {
      int root = next(xml);
      while (root != XMLStreamConstants.START_ELEMENT && root != XMLStreamConstants.END_DOCUMENT) {
        root = next(xml);
      }
      if (root != XMLStreamConstants.START_ELEMENT || !isW(xml, "document")) {
        throw new XMLStreamException("the main part is no w:document");
      }
      String text = null;
      for (int event = next(xml); event != XMLStreamConstants.END_DOCUMENT; event = next(xml)) {
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (text == null && isW(xml, "body")) {
          text = body(xml);
        } else {
          skip(xml);
        }
      }
      if (text == null) {
        throw new XMLStreamException("the document has no w:body");
      }
      return text;
    } finally {
      xml.close();
    }
  }

  /** Reads from just after {@code <w:body>} to its end. */
  private static String body(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    byte[] open = new byte[16];
    int depth = 0;
    while (true) {
      int event = next(xml);
      if (event == XMLStreamConstants.START_ELEMENT) {
        byte parent = depth == 0 ? OTHER : open[depth - 1];
        if (parent == TEXT || MC.equals(xml.getNamespaceURI()) && "Fallback".equals(xml.getLocalName())) {
          skip(xml);
          continue;
        }
        byte kind = OTHER;
        if (W.equals(xml.getNamespaceURI())) {
          switch (xml.getLocalName()) {
            case "t" -> kind = TEXT;
            case "r" -> kind = RUN;
            case "p" -> kind = PARAGRAPH;
            case "tab" -> out.append(parent == RUN ? "\t" : "");
            case "br", "cr" -> out.append('\n');
            default -> { }
          }
        }
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = kind;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 0) {
          return out.toString();
        }
        if (open[--depth] == PARAGRAPH) {
          out.append('\n');
        }
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) && depth > 0 && open[depth - 1] == TEXT) {
        out.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      }
    }
  }

  /** Skips the element just started, with everything in it. */
  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int event = next(xml);
      depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }

  /** The next event; a document type declaration (external entities, entity expansion) is refused. */
  private static int next(XMLStreamReader xml) throws XMLStreamException {
    int event = xml.next();
    if (event == XMLStreamConstants.DTD) {
      throw new XMLStreamException("a document type declaration is not allowed");
    }
    return event;
  }

  private static boolean isW(XMLStreamReader xml, String local) {
    return W.equals(xml.getNamespaceURI()) && local.equals(xml.getLocalName());
  }
}
