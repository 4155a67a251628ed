package org.publicitydesk.organization;

/** What a person does in the publicity work (R12); each role is one Camunda group ({@link Groups}). */
public enum Role {
  INFORMANT("信息员", Groups.INFORMANTS),
  UNIT_HEAD("单位负责人", Groups.UNIT_HEADS),
  SUPERVISOR("分管领导", Groups.SUPERVISORS),
  PRINCIPAL("街道主要领导", Groups.PRINCIPALS),
  EDITOR("政工科(编辑部)", Groups.EDITORIAL);

  private final String label;
  private final String groupId;

  Role(String label, String groupId) {
    this.label = label;
    this.groupId = groupId;
  }

  public String label() {
    return label;
  }

  public String groupId() {
    return groupId;
  }

  /** Informants and unit heads belong to units; leaders and the editorial office do not. */
  public boolean belongsToUnit() {
    return this == INFORMANT || this == UNIT_HEAD;
  }
}
