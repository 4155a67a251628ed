package org.publicitydesk.opinion;

import static org.publicitydesk.security.ProcessInputs.Kind.DATE;
import static org.publicitydesk.security.ProcessInputs.Kind.FLAG;
import static org.publicitydesk.security.ProcessInputs.Kind.TEXT;

import org.publicitydesk.security.ProcessInputs;

/** Names of the {@code PublicOpinionReport} process (contract.md, R3, R9): key, task ids and variables. */
public final class PublicOpinionReportProcess {

  public static final String KEY = "PublicOpinionReport";
  public static final String TASK_CHECK_OPINION_REPORT = "Task_CheckOpinionReport";
  public static final String TASK_RECORD_BULLETIN_ADOPTION = "Task_RecordBulletinAdoption";

  /** Start variables (contract). */
  public static final String TITLE = "title";
  public static final String CONTENT = "content";
  public static final String UNIT_CODE = "unitCode";

  /** Answer of {@code Task_CheckOpinionReport}: ACCEPT or LOW_QUALITY. */
  public static final String DECISION = "decision";
  /** Answers of {@code Task_RecordBulletinAdoption} (R9.3). */
  public static final String ADOPTED_IN_BULLETIN = "adoptedInBulletin";
  public static final String BULLETIN_ISSUE = "bulletinIssue";
  public static final String BULLETIN_DATE = "bulletinDate";

  /** What a person may send (contract): the start form and the editorial office's two answers. */
  public static final ProcessInputs INPUTS = ProcessInputs.of(KEY)
      .start(TITLE, TEXT, CONTENT, TEXT, UNIT_CODE, TEXT)
      .task(TASK_CHECK_OPINION_REPORT, DECISION, TEXT)
      .task(TASK_RECORD_BULLETIN_ADOPTION, ADOPTED_IN_BULLETIN, FLAG, BULLETIN_ISSUE, TEXT, BULLETIN_DATE, DATE)
      .build();

  private PublicOpinionReportProcess() {
  }
}
