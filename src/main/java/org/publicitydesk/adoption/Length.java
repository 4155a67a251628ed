package org.publicitydesk.adoption;

/** Length class of an adoption (R4). */
public enum Length {
  LONG("长篇"),
  BRIEF("简讯");

  private final String label;

  Length(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
