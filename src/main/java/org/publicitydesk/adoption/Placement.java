package org.publicitydesk.adoption;

/** Placement of an adoption, which may earn a headline bonus (R4). */
public enum Placement {
  NONE("无"),
  FRONT_PAGE_HEADLINE("头版头条"),
  OTHER_PAGE_HEADLINE("其他版面头条");

  private final String label;

  Placement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
