package org.publicitydesk.leads;

/** Names of the {@code MajorEvent} process (processes/MajorEvent.bpmn) that the outside world relies on. */
public final class MajorEventProcess {

  public static final String KEY = "MajorEvent";
  /** Correlated, by business key = lead id, when the responsible unit's article answering the lead is accepted. */
  public static final String MESSAGE_REPORTED = "LeadReported";

  // start variables (contract)
  public static final String TITLE = "title";
  public static final String RESPONSIBLE_UNIT_CODE = "responsibleUnitCode";
  public static final String DEADLINE = "deadline";
  public static final String NOTES = "notes";

  // set by the process
  public static final String LEAD_ID = "leadId";
  public static final String RESPONSIBLE_UNIT_NAME = "responsibleUnitName";
  public static final String REPORT_ARTICLE_NUMBER = "reportArticleNumber";

  private MajorEventProcess() {
  }
}
