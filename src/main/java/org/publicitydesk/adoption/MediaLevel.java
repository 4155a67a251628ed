package org.publicitydesk.adoption;

/** Level of a medium (R4, R6): the higher the level, the more an adoption counts. Declared from highest to lowest. */
public enum MediaLevel {
  NATIONAL("国家级"),
  PROVINCIAL("省级"),
  CITY("市级"),
  DISTRICT("区级");

  private final String label;

  MediaLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
