package org.publicitydesk.organization;

/** Kind of a unit (单位): a department (科室) or a community (社区). */
public enum UnitKind {
  DEPARTMENT("科室"),
  COMMUNITY("社区");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
