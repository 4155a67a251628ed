package org.publicitydesk.adoption.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.publicitydesk.adoption.Adoption;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.ChineseDate;
import org.publicitydesk.notification.Notice;
import org.publicitydesk.notification.Notifications;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.review.ArticleInfo;
import org.springframework.stereotype.Component;

/**
 * Issue 15, "notifications that arrive": an adoption recorded in {@code Task_RecordAdoption} reaches the article's
 * informant and the heads of its unit (inbox, and e-mail when a mail server is configured). The points follow when the
 * article is scored, in their own notice (R4, R6: only the highest-level adoption counts).
 */
@Component
class AdoptionNotices {

  static final String KIND = "ADOPTION";

  private final Notifications notifications;
  private final OrganizationDirectory directory;
  private final BusinessClock clock;

  AdoptionNotices(Notifications notifications, OrganizationDirectory directory, BusinessClock clock) {
    this.notifications = notifications;
    this.directory = directory;
    this.clock = clock;
  }

  void recorded(ArticleInfo article, Adoption adoption) {
    Set<String> recipients = new LinkedHashSet<>();
    recipients.add(article.informant());
    directory.unit(article.unitCode()).ifPresent(u -> recipients.addAll(u.headsOn(clock.today())));
    notifications.send(new Notice(recipients, KIND, "【媒体采用】《" + article.title() + "》被" + adoption.mediaName() + "采用",
        "稿件 " + article.number() + "《" + article.title() + "》被" + adoption.mediaName() + "采用:"
            + adoption.describe() + ",刊播日期 " + ChineseDate.of(adoption.publishedOn()) + "。"
            + "同一稿件被多家媒体采用时只按级别最高的一次计分(R6),积分在政工科结束跟踪后计入。", null));
  }
}
