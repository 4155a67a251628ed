package org.publicitydesk.meetings;

/** An informant meeting (例会) or a training session (培训), R12. */
public enum MeetingKind {
  MEETING("信息员例会"),
  TRAINING("业务培训");

  private final String label;

  MeetingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
