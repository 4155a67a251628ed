package org.publicitydesk.adoption;

/** Kind of a medium; informative only, the level decides the points. */
public enum MediaKind {
  TV("电视"),
  PAPER("报纸"),
  ONLINE("网站"),
  RADIO("广播"),
  NEW_MEDIA("新媒体");

  private final String label;

  MediaKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
