package org.publicitydesk.review.internal;

import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.review.LeadCatalog;
import org.publicitydesk.review.SubmissionRules;
import org.publicitydesk.security.ConflictingRequest;
import org.publicitydesk.security.FormValues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The checks of what a person sends to {@code ArticleReview} (R1, R2.3, R10): each field of a submission and of a
 * review's answer, refused with the field and a Chinese message ({@link SubmissionRejected}).
 */
@Component
class SubmissionChecks {

  private static final int MAX_COMMENT = 2000;
  private static final java.util.regex.Pattern SUBMISSION_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");

  private final ArticleRepository articles;
  private final OrganizationDirectory directory;
  private final ObjectProvider<LeadCatalog> leads;

  SubmissionChecks(ArticleRepository articles, OrganizationDirectory directory, ObjectProvider<LeadCatalog> leads) {
    this.articles = articles;
    this.directory = directory;
    this.leads = leads;
  }

  String lead(String leadId) {
    String id = blankToNull(leadId);
    LeadCatalog catalog = leads.getIfAvailable();
    if (id != null && catalog != null && catalog.title(id).isEmpty()) {
      throw new SubmissionRejected("leadId 新闻线索/重大活动", "线索 " + id + " 不存在,请从政工科布置的线索中选择");
    }
    return id;
  }

  /**
   * The idempotency key: null when none was sent; refused when malformed or when an article with it exists already
   * (a double click, a retry after a timeout), so the second start rolls back and creates nothing.
   */
  String submissionKey(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    String k = key.strip();
    if (!SUBMISSION_KEY.matcher(k).matches()) {
      throw new SubmissionRejected("submissionKey 报送标识", "报送标识只能由 8–64 位字母、数字和 - _ 组成");
    }
    articles.findBySubmissionKey(k).ifPresent(SubmissionChecks::alreadySubmitted);
    return k;
  }

  static void alreadySubmitted(ArticleEntity existing) {
    throw new ConflictingRequest("这份稿件已经报送过,编号 " + existing.number + ",没有重复登记;请在“我的稿件”中查看"
        + " (duplicate submission)");
  }

  UnitInfo unit(String code, String field) {
    if (code == null || code.isBlank()) {
      throw new SubmissionRejected(field, "请选择单位");
    }
    return directory.unit(code).orElseThrow(() -> new SubmissionRejected(field, "单位代码 " + code + " 不存在"));
  }

  String forwardedFrom(String code, UnitInfo unit) {
    if (code == null || code.isBlank()) {
      return null;
    }
    UnitInfo community = unit(code, "forwardedFromUnit 转发来源");
    SubmissionRules.forwardingProblem(unit, community).ifPresent(problem -> {
      throw new SubmissionRejected("forwardedFromUnit 转发来源", problem);
    });
    return community.code();
  }

  /** R10.4: a follow-up continues an earlier article of the same unit (another unit's articles are not visible). */
  Long followUpOf(String number, String unitCode) {
    if (number == null || number.isBlank()) {
      return null;
    }
    return articles.findByNumber(number.strip()).filter(x -> x.unitCode.equals(unitCode)).map(x -> x.id)
        .orElseThrow(() -> new SubmissionRejected("followUpOf 续报", "本单位没有编号为 " + number.strip() + " 的稿件"));
  }

  static String title(String title) {
    String t = title == null ? "" : title.strip();
    SubmissionRules.titleProblem(t).ifPresent(problem -> {
      throw new SubmissionRejected("title 标题", problem);
    });
    return t;
  }

  static String comment(Object comment) {
    if (comment == null) {
      return null;
    }
    String c = comment.toString().strip();
    if (c.length() > MAX_COMMENT) {
      throw new SubmissionRejected("comment 意见", "意见最多 " + MAX_COMMENT + " 字");
    }
    return c.isEmpty() ? null : c;
  }

  static boolean approved(Object approved) {
    if (approved instanceof Boolean b) {
      return b;
    }
    if ("true".equals(approved) || "false".equals(approved)) {
      return Boolean.parseBoolean((String) approved);
    }
    throw new SubmissionRejected("approved 审核结果", "请选择“同意”或“退回修改”");
  }

  /** The editorial office's decisions (R1.5). */
  private static final java.util.Set<ReviewDecision> EDITORIAL =
      java.util.EnumSet.of(ReviewDecision.ACCEPT, ReviewDecision.LOW_QUALITY, ReviewDecision.RETURN);

  static ReviewDecision editorialDecision(Object decision) {
    return FormValues.choice(ReviewDecision.class, decision).filter(EDITORIAL::contains).orElseThrow(
        () -> new SubmissionRejected("decision 处理意见", "请选择“采用”、“质量不高”或“退回修改”(ACCEPT、LOW_QUALITY、RETURN)"));
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    return FormValues.choice(type, value)
        .orElseThrow(() -> new SubmissionRejected(field, "“" + value + "”无效,可选:" + FormValues.choices(type)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
