package org.publicitydesk.documents;

/** What a stored document is: a Word article (R10.2), a photo with a caption (R10.3), or typed text. */
public enum DocumentKind {
  WORD,
  PHOTO,
  /** Text typed into the form instead of (or beside) a Word document. */
  TEXT,
  /** Proof of a media adoption: a screenshot (JPEG/PNG) or the page as PDF. */
  EVIDENCE,
  /** Material of an informant meeting or a training session (R12): .docx, .pdf or .pptx. */
  MATERIAL
}
