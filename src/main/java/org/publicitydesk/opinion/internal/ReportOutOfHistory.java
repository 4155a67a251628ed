package org.publicitydesk.opinion.internal;

import java.util.Set;
import org.publicitydesk.documents.OutOfHistory;
import org.publicitydesk.opinion.PublicOpinionReportProcess;
import org.springframework.stereotype.Component;

/**
 * {@code PublicOpinionReport} keeps no detail row per variable change in Camunda's history: the report, its check and
 * its points are in {@code pd_opinion_report} and the ledger (R9; issue 17, the 09:15 rush writes hundreds at once).
 */
@Component
class ReportOutOfHistory implements OutOfHistory {

  @Override
  public Set<String> processesWithoutVariableDetail() {
    return Set.of(PublicOpinionReportProcess.KEY);
  }
}
