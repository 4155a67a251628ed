package org.publicitydesk.review.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.calendar.WorkingCalendar;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.documents.StoredDocument;
import org.publicitydesk.documents.Upload;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.UnitKind;
import org.publicitydesk.review.ArticleAccepted;
import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.Category;
import org.publicitydesk.review.ItemClass;
import org.publicitydesk.review.LeadCatalog;
import org.publicitydesk.security.ConflictingRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles of the review process (R1, R10): registers a submission after checking every field, records each
 * decision and revision with who and when, and concludes the article. Runs inside the engine's transaction, so a
 * refused input leaves nothing behind.
 */
@Service
@Transactional
class ArticleService {

  private static final int MAX_TITLE = 200;
  private static final int MAX_COMMENT = 2000;
  private static final java.util.regex.Pattern SUBMISSION_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");

  private final ArticleRepository articles;
  private final ReviewStepRepository steps;
  private final Documents documents;
  private final OrganizationDirectory directory;
  private final BusinessClock clock;
  private final WorkingCalendar calendar;
  private final ReviewProperties properties;
  private final ApplicationEventPublisher events;
  private final RuntimeService runtime;
  private final NearCopyDetector nearCopies;
  private final ObjectProvider<LeadCatalog> leads;

  ArticleService(ArticleRepository articles, ReviewStepRepository steps, Documents documents,
      OrganizationDirectory directory, BusinessClock clock, WorkingCalendar calendar, ReviewProperties properties,
      ApplicationEventPublisher events, RuntimeService runtime, NearCopyDetector nearCopies,
      ObjectProvider<LeadCatalog> leads) {
    this.leads = leads;
    this.articles = articles;
    this.steps = steps;
    this.documents = documents;
    this.directory = directory;
    this.clock = clock;
    this.calendar = calendar;
    this.properties = properties;
    this.events = events;
    this.runtime = runtime;
    this.nearCopies = nearCopies;
  }

  ArticleEntity register(Submission s, String processInstanceId) {
    if (s.informant() == null) {
      throw new SubmissionRejected("报送人", "无法确定报送人,请登录后报送 (no initiator)");
    }
    String key = submissionKey(s.submissionKey());
    String title = title(s.title());
    UnitInfo unit = unit(s.unitCode(), "unitCode 单位");
    if (!directory.informantUnits(s.informant(), clock.today()).contains(unit.code())) {
      throw new SubmissionRejected("unitCode 单位", s.informant() + " 不是" + unit.name() + "的信息员,不能以该单位名义报送");
    }
    ArticleEntity a = new ArticleEntity();
    a.submissionKey = key;
    a.title = title;
    a.unitCode = unit.code();
    a.informant = s.informant();
    a.category = parse(Category.class, s.category(), "category 栏目");
    a.itemClass = parse(ItemClass.class, s.itemClass(), "itemClass 稿件类别");
    a.forwardedFromUnit = forwardedFrom(s.forwardedFromUnit(), unit);
    a.followUpOf = followUpOf(s.followUpOf(), unit.code());
    a.leadId = lead(s.leadId());
    a.urgent = s.urgent();
    a.processInstanceId = processInstanceId;
    a.submittedAt = clock.now().toInstant();
    a.outsideWindow = !calendar.isWorkingTime(clock.now());
    a.revision = 1;
    a.submitted();
    a.number = "";
    storeFiles(a, s.document(), s.content(), s.informant());
    checkNearCopy(a, unit);
    for (Submission.Photo photo : s.photos()) {
      store(() -> documents.storePhoto(photo.upload(), photo.caption(), processInstanceId, s.informant()));
    }
    saveOnce(a);
    a.number = "%d-%06d".formatted(clock.today().getYear(), a.id);
    step(a, "SUBMISSION", s.informant(), "SUBMITTED", null);
    return a;
  }

  private String lead(String leadId) {
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
  private String submissionKey(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    String k = key.strip();
    if (!SUBMISSION_KEY.matcher(k).matches()) {
      throw new SubmissionRejected("submissionKey 报送标识", "报送标识只能由 8–64 位字母、数字和 - _ 组成");
    }
    articles.findBySubmissionKey(k).ifPresent(this::alreadySubmitted);
    return k;
  }

  /** Inserts at once, so that a simultaneous second start with the same key fails here with a clear message. */
  private void saveOnce(ArticleEntity a) {
    try {
      articles.saveAndFlush(a);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictingRequest("这份稿件已经报送过(报送标识 " + a.submissionKey + " 重复),没有重复登记;"
          + "请在“我的稿件”中查看 (duplicate submission)");
    }
  }

  private void alreadySubmitted(ArticleEntity existing) {
    throw new ConflictingRequest("这份稿件已经报送过,编号 " + existing.number + ",没有重复登记;请在“我的稿件”中查看"
        + " (duplicate submission)");
  }

  /** Records a reviewer's decision; returns the normalised decision (APPROVED/RETURNED or ACCEPT/LOW_QUALITY/RETURN). */
  String decide(String processInstanceId, String taskKey, String actor, Object approved, Object decision, Object comment,
      Object nearCopyVerdict) {
    ArticleEntity a = byInstance(processInstanceId);
    String text = comment(comment);
    ReviewDecision normalised;
    if (ArticleReviewProcess.TASK_EDITORIAL_REVIEW.equals(taskKey)) {
      normalised = editorialDecision(decision);
      requireCommentOnReturn(normalised == ReviewDecision.RETURN, text);
      a.decideEditorially(normalised);
      if (normalised == ReviewDecision.ACCEPT) {
        settleNearCopy(a, nearCopyVerdict);
      }
    } else {
      boolean ok = approved(approved);
      requireCommentOnReturn(!ok, text);
      a.reviewAt(ArticleReviewProcess.level(taskKey), ok);
      normalised = ok ? ReviewDecision.APPROVED : ReviewDecision.RETURNED;
    }
    step(a, taskKey, actor, normalised.name(), text);
    return normalised.name();
  }

  private static void requireCommentOnReturn(boolean returned, String text) {
    if (returned && text == null) {
      throw new SubmissionRejected("comment 意见", "退回稿件时必须填写修改意见");
    }
  }

  /** R1: the route of the article from the ReviewRouting table, fixed at registration. */
  void route(String processInstanceId, boolean needsSupervisor, boolean needsPrincipal) {
    byInstance(processInstanceId).route(needsSupervisor, needsPrincipal);
  }

  /** R2.3: flags a department article that nearly copies an earlier community article, for the editorial office. */
  private void checkNearCopy(ArticleEntity a, UnitInfo unit) {
    a.nearCopyOf = null;
    a.nearCopyPercent = null;
    a.nearCopyVerdict = null;
    if (unit.kind() != UnitKind.DEPARTMENT || a.forwardedFromUnit != null || a.documentId == null) {
      return;
    }
    nearCopies.find(documents.text(a.documentId), clock.now().toInstant()).ifPresent(match -> {
      a.nearCopyOf = match.original().id;
      a.nearCopyPercent = match.percent();
    });
  }

  /** R2.3: the editorial office confirms a flagged near-copy (then it counts as forwarded) or clears it. */
  private void settleNearCopy(ArticleEntity a, Object verdict) {
    if (a.nearCopyOf == null || a.nearCopyVerdict != null) {
      return;
    }
    if ("CONFIRM".equals(verdict)) {
      a.nearCopyVerdict = "CONFIRMED";
      a.forwardedFromUnit = articles.findById(a.nearCopyOf).map(o -> o.unitCode).orElseThrow();
    } else if ("CLEAR".equals(verdict)) {
      a.nearCopyVerdict = "CLEARED";
    } else {
      throw new SubmissionRejected("nearCopyVerdict 转发确认", "本稿与社区稿件高度相似,采用前请确认是否为转发社区稿件"
          + "(CONFIRM 是转发,不计入本单位;CLEAR 不是转发)");
    }
  }

  /** The informant's revision after a return; returns true when the article was withdrawn instead. */
  boolean revise(String processInstanceId, String actor, Object withdrawn, Upload document, Object content,
      Object comment) {
    ArticleEntity a = byInstance(processInstanceId);
    if (Boolean.TRUE.equals(withdrawn) || "true".equals(withdrawn)) {
      a.withdraw();
      step(a, ArticleReviewProcess.TASK_REVISE_ARTICLE, actor, "WITHDRAWN", comment(comment));
      return true;
    }
    String text = content instanceof String c && !c.isBlank() ? c : null;
    if (document == null && text == null) {
      throw new SubmissionRejected("document 稿件", "请上传修改后的 Word 稿件,或填写修改后的正文,再重新报送");
    }
    a.resubmit();
    storeFiles(a, document, text, actor);
    checkNearCopy(a, unit(a.unitCode, "unitCode 单位"));
    step(a, ArticleReviewProcess.TASK_REVISE_ARTICLE, actor, "RESUBMITTED", comment(comment));
    return false;
  }

  /** R1.4: the informant withdraws while the article waits for its first approval (message boundary event). */
  void withdraw(String processInstanceId, String informant) {
    ArticleEntity a = byInstance(processInstanceId);
    a.withdraw();
    step(a, "WITHDRAWAL", informant, "WITHDRAWN", null);
    runtime.createMessageCorrelation(ArticleReviewProcess.MESSAGE_WITHDRAW).processInstanceId(processInstanceId)
        .correlate();
  }

  void conclude(String processInstanceId, ArticleStatus outcome) {
    ArticleEntity a = byInstance(processInstanceId);
    a.conclude(outcome, clock.now().toInstant());
    if (outcome == ArticleStatus.ACCEPTED) {
      events.publishEvent(new ArticleAccepted(a.id, a.number, a.unitCode, a.informant, a.title, a.forwardedFromUnit,
          a.leadId, a.submittedAt, a.decidedAt));
    }
  }

  /** The form variables of the article as it stands now ({@link ArticleSummary}). */
  @Transactional(readOnly = true)
  Map<String, Object> formVariables(String processInstanceId) {
    ArticleEntity a = byInstance(processInstanceId);
    List<StoredDocument> files = documents.ofProcessInstance(processInstanceId);
    ArticleEntity earlier = a.followUpOf == null ? null : articles.findById(a.followUpOf).orElse(null);
    List<ArticleEntity> later = articles.findByFollowUpOfOrderById(a.id).stream()
        .filter(x -> x.unitCode.equals(a.unitCode)).toList();
    String unitName = directory.unit(a.unitCode).map(UnitInfo::name).orElse(a.unitCode);
    Map<String, String> names = names();
    List<ReviewStepEntity> history = steps.findByArticleIdOrderByDecidedAtAscIdAsc(a.id);
    ArticleEntity copied = a.nearCopyOf == null ? null : articles.findById(a.nearCopyOf).orElse(null);
    String copiedUnit = copied == null ? null : directory.unit(copied.unitCode).map(UnitInfo::name).orElse(copied.unitCode);
    ArticleSummary.Facts facts = new ArticleSummary.Facts(a, unitName, names.getOrDefault(a.informant, a.informant),
        currentFiles(a, files), earlier, later, clock.zone(), copied, copiedUnit);
    Map<String, Object> variables = new HashMap<>(ArticleSummary.variables(facts,
        a.documentId == null ? "" : documents.text(a.documentId), history, names));
    variables.put("nearCopyPending", copied != null && a.nearCopyVerdict == null);
    variables.put(ArticleReviewProcess.ARTICLE_ID, a.id);
    variables.put(ArticleReviewProcess.ARTICLE_NUMBER, a.number);
    variables.put(ArticleReviewProcess.UNIT_NAME, unitName);
    variables.put(ArticleReviewProcess.INFORMANT_NAME, names.getOrDefault(a.informant, a.informant));
    return variables;
  }

  @Transactional(readOnly = true)
  ArticleEntity byInstance(String processInstanceId) {
    return articles.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new SubmissionRejected("稿件", "此流程实例没有登记稿件,不能办理此步骤(流程须从开始事件进入)"));
  }

  private List<StoredDocument> currentFiles(ArticleEntity a, List<StoredDocument> files) {
    // the article file of the current revision, and every photo
    List<StoredDocument> current = new ArrayList<>();
    files.stream().filter(d -> d.id().equals(a.documentId)).forEach(current::add);
    files.stream().filter(d -> !ArticleSummary.isArticleFile(d)).forEach(current::add);
    return current;
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

  void step(ArticleEntity a, String step, String actor, String decision, String comment) {
    ReviewStepEntity s = new ReviewStepEntity();
    s.articleId = a.id;
    s.step = step;
    s.actor = actor == null ? "system" : actor;
    s.decision = decision;
    s.comment = comment;
    s.revision = a.revision;
    s.decidedAt = clock.now().toInstant();
    steps.save(s);
  }

  private Map<String, String> names() {
    return directory.people().stream()
        .collect(Collectors.toMap(OrganizationDirectory.PersonInfo::id, OrganizationDirectory.PersonInfo::name));
  }

  private UnitInfo unit(String code, String field) {
    if (code == null || code.isBlank()) {
      throw new SubmissionRejected(field, "请选择单位");
    }
    return directory.unit(code).orElseThrow(() -> new SubmissionRejected(field, "单位代码 " + code + " 不存在"));
  }

  private String forwardedFrom(String code, UnitInfo unit) {
    if (code == null || code.isBlank()) {
      return null;
    }
    UnitInfo community = unit(code, "forwardedFromUnit 转发来源");
    if (community.kind() != UnitKind.COMMUNITY || unit.kind() != UnitKind.DEPARTMENT) {
      throw new SubmissionRejected("forwardedFromUnit 转发来源", "只有科室转发社区的稿件才填写转发来源(R2.3)");
    }
    return community.code();
  }

  /** R10.4: a follow-up continues an earlier article of the same unit (another unit's articles are not visible). */
  private Long followUpOf(String number, String unitCode) {
    if (number == null || number.isBlank()) {
      return null;
    }
    return articles.findByNumber(number.strip()).filter(x -> x.unitCode.equals(unitCode)).map(x -> x.id)
        .orElseThrow(() -> new SubmissionRejected("followUpOf 续报", "本单位没有编号为 " + number.strip() + " 的稿件"));
  }

  private static String title(String title) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) {
      throw new SubmissionRejected("title 标题", "标题不能为空");
    }
    if (t.length() > MAX_TITLE) {
      throw new SubmissionRejected("title 标题", "标题最多 " + MAX_TITLE + " 字,现有 " + t.length() + " 字");
    }
    return t;
  }

  private static String comment(Object comment) {
    if (comment == null) {
      return null;
    }
    String c = comment.toString().strip();
    if (c.length() > MAX_COMMENT) {
      throw new SubmissionRejected("comment 意见", "意见最多 " + MAX_COMMENT + " 字");
    }
    return c.isEmpty() ? null : c;
  }

  private static boolean approved(Object approved) {
    if (approved instanceof Boolean b) {
      return b;
    }
    if ("true".equals(approved) || "false".equals(approved)) {
      return Boolean.parseBoolean((String) approved);
    }
    throw new SubmissionRejected("approved 审核结果", "请选择“同意”或“退回修改”");
  }

  private static ReviewDecision editorialDecision(Object decision) {
    List<String> allowed = List.of("ACCEPT", "LOW_QUALITY", "RETURN");
    if (decision instanceof String d && allowed.contains(d)) {
      return ReviewDecision.valueOf(d);
    }
    throw new SubmissionRejected("decision 处理意见", "请选择“采用”、“质量不高”或“退回修改”(ACCEPT、LOW_QUALITY、RETURN)");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw new SubmissionRejected(field, "“" + value + "”无效,可选:"
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、")));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
