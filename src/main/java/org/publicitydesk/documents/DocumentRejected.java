package org.publicitydesk.documents;

/** A file that is not what it must be; {@code field} names the form field, the message says what is wrong (Chinese). */
public class DocumentRejected extends RuntimeException {

  private final String field;

  public DocumentRejected(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
