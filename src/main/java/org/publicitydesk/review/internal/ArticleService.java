package org.publicitydesk.review.internal;

import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.documents.StoredDocument;
import org.publicitydesk.documents.Upload;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.UnitKind;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.Category;
import org.publicitydesk.review.ItemClass;
import org.publicitydesk.review.SubmissionRules;
import org.publicitydesk.security.ConflictingRequest;
import org.publicitydesk.security.FormValues;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles of the review process (R1, R10): registers a submission after checking every field
 * ({@link SubmissionChecks}), stores each revision's files, flags near-copies (R2.3) and writes the review record.
 * Decisions are {@link ReviewDecisions}; what the forms show is {@link ArticleFormView}. Runs inside the engine's
 * transaction, so a refused input leaves nothing behind.
 */
@Service
@Transactional
class ArticleService {

  /** The review record's line for a title changed on revision. */

  private final ArticleRepository articles;
  private final ReviewStepRepository steps;
  private final Documents documents;
  private final BusinessClock clock;
  private final WorkingCalendar calendar;
  private final ReviewProperties properties;
  private final NearCopyDetector nearCopies;
  private final SubmissionChecks checks;
  private final JdbcClient jdbc;

  ArticleService(ArticleRepository articles, ReviewStepRepository steps, Documents documents,
      BusinessClock clock, WorkingCalendar calendar, ReviewProperties properties,
      NearCopyDetector nearCopies, SubmissionChecks checks, JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.articles = articles;
    this.steps = steps;
    this.documents = documents;
    this.clock = clock;
    this.calendar = calendar;
    this.properties = properties;
    this.nearCopies = nearCopies;
    this.checks = checks;
  }

  ArticleEntity register(Submission s, String processInstanceId) {
    if (s.informant() == null) {
      throw new SubmissionRejected("报送人", "无法确定报送人,请登录后报送 (no initiator)");
    }
    String key = checks.submissionKey(s.submissionKey());
    String title = SubmissionChecks.title(s.title());
    UnitInfo unit = checks.unit(s.unitCode(), "unitCode 单位");
    if (!SubmissionRules.informantOf(unit, s.informant(), clock.today())) {
      throw new SubmissionRejected("unitCode 单位", s.informant() + " 不是" + unit.name() + "的信息员,不能以该单位名义报送");
    }
    ArticleEntity a = new ArticleEntity();
    a.submissionKey = key;
    a.title = title;
    a.unitCode = unit.code();
    a.informant = s.informant();
    a.category = SubmissionChecks.parse(Category.class, s.category(), "category 栏目");
    a.itemClass = SubmissionChecks.parse(ItemClass.class, s.itemClass(), "itemClass 稿件类别");
    a.forwardedFromUnit = checks.forwardedFrom(s.forwardedFromUnit(), unit);
    a.followUpOf = checks.followUpOf(s.followUpOf(), unit.code());
    a.leadId = checks.lead(s.leadId());
    a.urgent = s.urgent();
    a.processInstanceId = processInstanceId;
    a.submittedAt = clock.now().toInstant();
    a.outsideWindow = !calendar.isWorkingTime(clock.now());
    a.revision = 1;
    a.submitted();
    a.numberPending();
    storeFiles(a, s.document(), s.content(), s.informant());
    checkNearCopy(a, unit);
    for (Submission.Photo photo : s.photos()) {
      store(() -> documents.storePhoto(photo.upload(), photo.caption(), processInstanceId, s.informant()));
    }
    saveOnce(a);
    a.number = "%d-%06d".formatted(clock.today().getYear(), a.id);
    step(a, "SUBMISSION", s.informant(), StepDecision.SUBMITTED, null);
    return a;
  }

  /** Inserts at once, so that a simultaneous second start with the same key fails here with a clear message. */
  private void saveOnce(ArticleEntity a) {
    try {
      articles.saveAndFlush(a);
      articles.remember(a);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictingRequest("这份稿件已经报送过(报送标识 " + a.submissionKey + " 重复),没有重复登记;"
          + "请在“我的稿件”中查看 (duplicate submission)");
    }
  }

  /**
   * R2.3: flags a department article that nearly copies an earlier community article, for the editorial office; a
   * community article's document is indexed for the checks to come.
   */
  private void checkNearCopy(ArticleEntity a, UnitInfo unit) {
    a.nearCopyOf = null;
    a.nearCopyPercent = null;
    a.nearCopyVerdict = null;
    if (a.documentId != null && unit.kind() == UnitKind.COMMUNITY) {
      nearCopies.index(a.documentId, documents.text(a.documentId));
    }
    if (unit.kind() != UnitKind.DEPARTMENT || a.forwardedFromUnit != null || a.documentId == null) {
      return;
    }
    nearCopies.find(documents.text(a.documentId), clock.now().toInstant()).ifPresent(match -> {
      a.nearCopyOf = match.originalId();
      a.nearCopyPercent = match.percent();
    });
  }

  /** The informant's revision after a return; returns true when the article was withdrawn instead. */
  boolean revise(String processInstanceId, String taskId, String actor, Object withdrawn, Upload document,
      Object content, Object comment, Object title) {
    ArticleEntity a = byInstance(processInstanceId);
    if (FormValues.flag(withdrawn)) {
      a.withdraw();
      step(a, ArticleReviewProcess.TASK_REVISE_ARTICLE, taskId, actor, StepDecision.WITHDRAWN, SubmissionChecks.comment(comment));
      return true;
    }
    String newTitle = title instanceof String t && !t.isBlank() ? SubmissionChecks.title(t) : a.title;
    String text = content instanceof String c && !c.isBlank() ? c : null;
    if (document == null && text == null) {
      throw new SubmissionRejected("document 稿件", "请上传修改后的 Word 稿件,或填写修改后的正文,再重新报送");
    }
    a.resubmit();
    storeFiles(a, document, text, actor);
    checkNearCopy(a, checks.unit(a.unitCode, "unitCode 单位"));
    if (!newTitle.equals(a.title)) {
      step(a, ArticleReviewProcess.TASK_REVISE_ARTICLE, null, actor, StepDecision.RETITLED, "原标题《" + a.title + "》改为《" + newTitle + "》");
      a.title = newTitle;
    }
    step(a, ArticleReviewProcess.TASK_REVISE_ARTICLE, taskId, actor, StepDecision.RESUBMITTED, SubmissionChecks.comment(comment));
    return false;
  }

  @Transactional(readOnly = true)
  ArticleEntity byInstance(String processInstanceId) {
    return articles.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new SubmissionRejected("稿件", "此流程实例没有登记稿件,不能办理此步骤(流程须从开始事件进入)"));
  }

  private void storeFiles(ArticleEntity a, Upload document, String content, String actor) {
    if (content != null && content.length() > properties.maxContentLength()) {
      throw new SubmissionRejected("content 正文", "正文最多 " + properties.maxContentLength() + " 字,现有 "
          + content.length() + " 字;较长的稿件请上传 Word 文档");
    }
    boolean hasText = content != null && !content.isBlank();
    if (document == null && !hasText) {
      throw new SubmissionRejected("document 稿件", "请上传 Word 稿件 (.docx) 或填写正文");
    }
    StoredDocument text = hasText ? store(() -> documents.storeText(content, a.processInstanceId, actor)) : null;
    StoredDocument word = document == null ? null
        : store(() -> documents.storeWord(document, a.processInstanceId, actor));
    StoredDocument main = word != null ? word : text;
    a.documentId = main.id();
    a.wordCount = main.wordCount() == null ? 0 : main.wordCount();
  }

  private static StoredDocument store(java.util.function.Supplier<StoredDocument> store) {
    try {
      return store.get();
    } catch (DocumentRejected e) {
      throw new SubmissionRejected(e.field(), e.getMessage());
    }
  }

  ReviewStepEntity step(ArticleEntity a, String step, String actor, StepDecision decision, String comment) {
    return step(a, step, null, actor, decision, comment);
  }

  /** A line of the review record; {@code taskId} is the Tasklist task it completed (已办), when there was one. */
  ReviewStepEntity step(ArticleEntity a, String step, String taskId, String actor, StepDecision decision, String comment) {
    ReviewStepEntity s = new ReviewStepEntity();
    s.articleId = a.id;
    s.step = step;
    s.taskId = taskId;
    s.actor = actor == null ? "system" : actor;
    s.decision = decision;
    s.comment = comment;
    s.revision = a.revision;
    s.decidedAt = clock.now().toInstant();
    return steps.save(s);
  }

  /** Everyone who approved this article, at any step and in any revision (one person, one level; 加签). */
  @Transactional(readOnly = true)
  java.util.Set<String> approvers(ArticleEntity a) {
    return steps.findByArticleIdOrderByDecidedAtAscIdAsc(a.id).stream()
        .filter(s -> s.decision == StepDecision.APPROVED && ArticleReviewProcess.isApproval(s.step))
        .map(s -> s.actor).collect(java.util.stream.Collectors.toSet());
  }

  /**
   * One person, one level (issue 16): whether {@code person} approved this article at a level of R1, or as a reviewer
   * added after one (加签), other than {@code taskKey}, in any revision.
   */
  @Transactional(readOnly = true)
  boolean approvedAtAnotherLevel(ArticleEntity a, String person, String taskKey) {
    // the steps' names by JDBC, not the steps as entities: asked at every review decision, and entities loaded here
    // would be dirty-checked again at commit (issue 17); steps are inserted at once (identity), so all are seen
    return jdbc.sql("select step from pd_review_step where article_id = ? and actor = ? and decision = ?")
        .params(a.id, person, StepDecision.APPROVED.name()).query(String.class).stream()
        .anyMatch(step -> !step.equals(taskKey) && ArticleReviewProcess.isApproval(step));
  }

}
