package org.publicitydesk.leads.internal;

import java.util.Optional;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.LeadCatalog;
import org.publicitydesk.scoring.ArticleCredits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads for the other modules: whether a lead an article names exists (review), and the R7 credit of an article that
 * completed a lead its responsible unit missed (scoring).
 */
@Component
@Transactional(readOnly = true)
class LeadLookup implements LeadCatalog, ArticleCredits {

  private final LeadRepository leads;
  private final OrganizationDirectory directory;

  LeadLookup(LeadRepository leads, OrganizationDirectory directory) {
    this.leads = leads;
    this.directory = directory;
  }

  @Override
  public Optional<String> title(String leadId) {
    return byId(leadId).map(l -> l.title);
  }

  @Override
  public Optional<Credit> creditFor(ArticleInfo article) {
    return byId(article.leadId())
        .filter(l -> !l.responsibleUnitCode.equals(article.unitCode()) && l.missedByResponsibleUnit())
        .map(l -> new Credit("R7", "谁完成谁加分(R7):完成了" + unitName(l.responsibleUnitCode) + "负责的重大活动/线索《"
            + l.title + "》(责任单位" + (l.status == LeadStatus.OVERDUE ? "未按时报送" : "逾期报送") + ")。"));
  }

  /** Lead ids are the numbers the editorial office sees; anything else names no lead. */
  Optional<LeadEntity> byId(String leadId) {
    if (leadId == null || !leadId.strip().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return leads.findById(Long.parseLong(leadId.strip()));
  }

  String unitName(String code) {
    return directory.unit(code).map(UnitInfo::name).orElse(code);
  }
}
