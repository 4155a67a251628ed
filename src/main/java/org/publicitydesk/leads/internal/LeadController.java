package org.publicitydesk.leads.internal;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.security.FormValues;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/leads[?status=OPEN|OVERDUE|COMPLETED]}: the news leads and major events, for everybody on the staff
 * — informants pick the one their article answers. Open leads first, nearest deadline first.
 */
@RestController
class LeadController {

  record Lead(String id, String title, String responsibleUnitCode, String responsibleUnitName, OffsetDateTime deadline,
      String notes, String status, Boolean onTime, String completedByUnitCode, String articleNumber) {
  }

  private final LeadRepository leads;
  private final LeadLookup lookup;
  private final BusinessClock clock;

  LeadController(LeadRepository leads, LeadLookup lookup, BusinessClock clock) {
    this.leads = leads;
    this.lookup = lookup;
    this.clock = clock;
  }

  @GetMapping("/api/leads")
  @Transactional(readOnly = true)
  List<Lead> leads(@RequestParam(required = false) String status) {
    LeadStatus wanted = status == null ? null : FormValues.choice(LeadStatus.class, status).filter(s -> s.name().equals(status))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
            "status 只能是 OPEN(进行中)、OVERDUE(已逾期)或 COMPLETED(已完成)"));
    List<LeadEntity> found = wanted == null ? leads.findAllByOrderByDeadlineDesc() : leads.findByStatusOrderByDeadline(wanted);
    return found.stream()
        .sorted(Comparator.comparing((LeadEntity l) -> l.status != LeadStatus.OPEN))
        .map(l -> new Lead(String.valueOf(l.id), l.title, l.responsibleUnitCode, lookup.unitName(l.responsibleUnitCode),
            l.deadline.atZone(clock.zone()).toOffsetDateTime(), l.notes, l.status.name(), l.onTime, l.completedByUnitCode,
            l.reportArticleNumber != null ? l.reportArticleNumber : l.completedArticle))
        .toList();
  }
}
