package org.publicitydesk.adoption.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.publicitydesk.adoption.Adoption;
import org.publicitydesk.adoption.AdoptionInput;
import org.publicitydesk.adoption.Adoptions;
import org.publicitydesk.adoption.AdoptionsChanged;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.documents.Upload;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.Articles;
import org.publicitydesk.security.RequestRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Adoptions}: checks each adoption against the catalogue and the article, and picks the counted one (R6). */
@Service
@Transactional
class AdoptionService implements Adoptions {

  private static final int MAX_LINK = 500;
  /** The largest gap between two article ids that one range query of {@link #countedLevels} reads across. */
  static final int RUN_GAP = 50;
  /** R6, first key: a higher-level medium beats any lower one (MediaLevel is declared from highest to lowest). */
  private static final Comparator<MediaLevel> R6_LEVEL = Comparator.<MediaLevel>naturalOrder().reversed();
  /** R6 in full: the level first, then the most points, then the latest, then the last recorded. */
  private static final Comparator<Adoption> R6 = Comparator.comparing(Adoption::mediaLevel, R6_LEVEL)
      .thenComparingInt(a -> a.points().total())
      .thenComparing(Adoption::publishedOn, Comparator.reverseOrder())
      .thenComparingLong(a -> -a.id());

  private final AdoptionRepository adoptions;
  private final MediaOutletRepository outlets;
  private final PointsTable table;
  private final Articles articles;
  private final ApplicationEventPublisher events;
  private final Documents documents;
  private final BusinessClock clock;
  private final AdoptionNotices notices;

  AdoptionService(AdoptionRepository adoptions, MediaOutletRepository outlets, PointsTable table, Articles articles,
      ApplicationEventPublisher events, Documents documents, BusinessClock clock, AdoptionNotices notices) {
    this.clock = clock;
    this.notices = notices;
    this.documents = documents;
    this.adoptions = adoptions;
    this.outlets = outlets;
    this.table = table;
    this.articles = articles;
    this.events = events;
  }

  @Override
  public Adoption record(long articleId, AdoptionInput input, String user) {
    return save(articleId, input, user, null, this::catalogued, table.cells());
  }

  @Override
  public int replaceAll(Map<Long, List<AdoptionInput>> wanted, String reason, String user) {
    Map<String, MediaLevel> catalogue = new HashMap<>();
    outlets.findAll().forEach(o -> catalogue.put(o.name, o.level));
    PointsTable.Cells cells = table.cells();
    Map<Long, List<Adoption>> current = of(wanted.keySet(), cells);
    int recorded = 0;
    for (Map.Entry<Long, List<AdoptionInput>> e : wanted.entrySet()) {
      List<Adoption> now = current.getOrDefault(e.getKey(), List.of());
      if (now.stream().map(Adoption::input).toList().equals(e.getValue())) {
        continue;
      }
      try {
        now.forEach(a -> remove(a.id(), reason, user));
        for (AdoptionInput input : e.getValue()) {
          save(e.getKey(), input, user, null, name -> Optional.ofNullable(catalogue.get(name)), cells);
          recorded++;
        }
      } catch (RequestRefused refused) {
        throw new Refused(e.getKey(), refused.getMessage());
      }
    }
    return recorded;
  }

  /** {@code Task_RecordAdoption}: the adoption, with the task it was recorded in (已办), announced to the unit. */
  Adoption recordInTask(long articleId, AdoptionInput input, String user, String taskId) {
    Adoption adoption = save(articleId, input, user, taskId, this::catalogued, table.cells());
    notices.recorded(articles.byId(articleId).orElseThrow(), adoption);
    return adoption;
  }

  private Optional<MediaLevel> catalogued(String mediaName) {
    return outlets.findByName(mediaName).map(o -> o.level);
  }

  private Adoption save(long articleId, AdoptionInput input, String user, String taskId,
      Function<String, Optional<MediaLevel>> catalogue, PointsTable.Cells cells) {
    var article = articles.byId(articleId)
        .orElseThrow(() -> new RequestRefused("稿件 " + articleId + " 不存在"));
    if (article.status() != ArticleStatus.ACCEPTED) {
      throw new RequestRefused("只有已采用的稿件才能登记媒体采用,稿件 " + article.number() + " 的状态是"
          + article.status().label());
    }
    AdoptionEntity a = new AdoptionEntity();
    a.articleId = articleId;
    apply(a, input, article, catalogue);
    a.status = AdoptionEntity.Status.ACTIVE;
    a.recordedBy = user;
    a.recordedAt = clock.now().toInstant();
    a.taskId = taskId;
    return view(adoptions.save(a), cells);
  }

  @Override
  public Adoption correct(long adoptionId, AdoptionInput input, String reason, String user) {
    AdoptionEntity old = active(adoptionId);
    AdoptionEntity corrected = new AdoptionEntity();
    corrected.articleId = old.articleId;
    apply(corrected, input, articles.byId(old.articleId).orElseThrow(), this::catalogued);
    corrected.status = AdoptionEntity.Status.ACTIVE;
    corrected.evidenceDocumentId = old.evidenceDocumentId;
    corrected.recordedBy = user;
    corrected.recordedAt = clock.now().toInstant();
    adoptions.save(corrected);
    close(old, AdoptionEntity.Status.SUPERSEDED, reason, user);
    old.replacedBy = corrected.id;
    events.publishEvent(new AdoptionsChanged(old.articleId));
    return view(corrected);
  }

  @Override
  public void remove(long adoptionId, String reason, String user) {
    AdoptionEntity old = active(adoptionId);
    close(old, AdoptionEntity.Status.REMOVED, reason, user);
    events.publishEvent(new AdoptionsChanged(old.articleId));
  }

  @Override
  public Adoption attachEvidence(long adoptionId, Upload file, String user) {
    AdoptionEntity a = active(adoptionId);
    String processInstanceId = articles.byId(a.articleId).map(ArticleInfo::processInstanceId).orElse(null);
    try {
      a.evidenceDocumentId = documents.storeEvidence(file, processInstanceId, user).id();
    } catch (DocumentRejected e) {
      throw new RequestRefused("【" + e.field() + " 证明材料】" + e.getMessage());
    }
    return view(a);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Adoption> of(long articleId) {
    PointsTable.Cells cells = table.cells();
    return adoptions.findByArticleIdAndStatusOrderById(articleId, AdoptionEntity.Status.ACTIVE).stream()
        .map(a -> view(a, cells)).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, List<Adoption>> of(Collection<Long> articleIds) {
    return of(articleIds, table.cells());
  }

  private Map<Long, List<Adoption>> of(Collection<Long> articleIds, PointsTable.Cells cells) {
    Map<Long, List<Adoption>> result = new HashMap<>();
    List<Long> ids = List.copyOf(articleIds);
    if (ids.size() == 1) {
      List<Adoption> one = adoptions.findByArticleIdAndStatusOrderById(ids.get(0), AdoptionEntity.Status.ACTIVE)
          .stream().map(a -> view(a, cells)).toList();
      if (!one.isEmpty()) {
        result.put(ids.get(0), new ArrayList<>(one));
      }
      return result;
    }
    for (int i = 0; i < ids.size(); i += 1000) {
      adoptions.findByArticleIdInAndStatus(ids.subList(i, Math.min(ids.size(), i + 1000)), AdoptionEntity.Status.ACTIVE)
          .stream().sorted(Comparator.comparing(a -> a.id))
          .forEach(a -> result.computeIfAbsent(a.articleId, k -> new ArrayList<>()).add(view(a, cells)));
    }
    return result;
  }

  @Override
  public Optional<Adoption> countedAmong(List<Adoption> ofOneArticle) {
    return ofOneArticle.stream().max(R6);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Adoption> counted(long articleId) {
    return countedAmong(of(articleId));
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Map<Long, MediaLevel> countedLevels(java.util.Collection<Long> articleIds) {
    java.util.Map<Long, MediaLevel> levels = new java.util.HashMap<>();
    long[] ids = articleIds.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    java.util.Set<Long> wanted = new java.util.HashSet<>(articleIds);
    // the ids in runs without a gap of more than RUN_GAP, one range query per run, the rows of other articles in it
    // skipped here: a quarter's scored articles have neighbouring ids (a city quarter: a few queries, not 370 of 100 ids
    // each, whose IN lists H2 checked row by row; issue 17)
    for (int i = 0; i < ids.length; ) {
      int j = i;
      while (j + 1 < ids.length && ids[j + 1] - ids[j] <= RUN_GAP) {
        j++;
      }
      for (Object[] a : adoptions.levelsBetween(ids[i], ids[j], AdoptionEntity.Status.ACTIVE)) {
        if (wanted.contains((Long) a[0])) {
          levels.merge((Long) a[0], (MediaLevel) a[1], java.util.function.BinaryOperator.maxBy(R6_LEVEL));
        }
      }
      i = j + 1;
    }
    return levels;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> history(long articleId) {
    return adoptions.findByArticleIdOrderById(articleId).stream()
        .map(a -> a.mediaName + " " + a.publishedOn + " " + a.status
            + (a.reason == null ? "" : "(" + a.changedBy + ":" + a.reason + ")"))
        .toList();
  }

  private AdoptionEntity active(long adoptionId) {
    return adoptions.findById(adoptionId).filter(a -> a.status == AdoptionEntity.Status.ACTIVE)
        .orElseThrow(() -> new RequestRefused("采用记录 " + adoptionId + " 不存在或已被更正/删除"));
  }

  private void close(AdoptionEntity a, AdoptionEntity.Status status, String reason, String user) {
    if (reason == null || reason.isBlank()) {
      throw RequestRefused.field("reason 原因", "更正或删除采用记录时必须说明原因");
    }
    a.status = status;
    a.reason = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
    a.changedBy = user;
    a.changedAt = clock.now().toInstant();
  }

  private void apply(AdoptionEntity a, AdoptionInput in, ArticleInfo article,
      Function<String, Optional<MediaLevel>> catalogue) {
    String name = in.mediaName() == null ? "" : in.mediaName().strip();
    if (name.isEmpty()) {
      throw RequestRefused.field("mediaName 媒体", "请选择或填写采用的媒体");
    }
    MediaLevel level = catalogue.apply(name).map(known -> {
      if (in.mediaLevel() != null && in.mediaLevel() != known) {
        throw RequestRefused.field("mediaLevel 媒体级别", name + " 在媒体目录中是" + known.label()
            + "媒体,与填写的" + in.mediaLevel().label() + "不符");
      }
      return known;
    }).orElse(in.mediaLevel());
    if (level == null) {
      throw RequestRefused.field("mediaLevel 媒体级别", name
          + " 不在媒体目录中,请填写媒体级别 NATIONAL、PROVINCIAL、CITY 或 DISTRICT(或先把它加入媒体目录)");
    }
    if (in.length() == null) {
      throw RequestRefused.field("length 篇幅", "请选择长篇 (LONG) 或简讯 (BRIEF)");
    }
    if (in.publishedOn() == null) {
      throw RequestRefused.field("publishedOn 刊播日期", "请填写刊播日期");
    }
    LocalDate submitted = article.submittedAt() == null ? null : article.submittedAt().atZone(clock.zone()).toLocalDate();
    in.publishedOnProblem(submitted, clock.today()).ifPresent(message -> {
      throw RequestRefused.field("publishedOn 刊播日期", message);
    });
    if (in.evidenceLink() != null && in.evidenceLink().length() > MAX_LINK) {
      throw RequestRefused.field("evidenceLink 链接", "链接最多 " + MAX_LINK + " 个字符");
    }
    a.mediaName = name;
    a.mediaLevel = level;
    a.length = in.length();
    a.placement = in.placement() == null ? org.publicitydesk.adoption.Placement.NONE : in.placement();
    a.publishedOn = in.publishedOn();
    a.evidenceLink = in.evidenceLink() == null || in.evidenceLink().isBlank() ? null : in.evidenceLink().strip();
  }

  private Adoption view(AdoptionEntity a) {
    return view(a, table.cells());
  }

  private static Adoption view(AdoptionEntity a, PointsTable.Cells cells) {
    return new Adoption(a.id, a.articleId, a.mediaName, a.mediaLevel, a.length, a.placement, a.publishedOn,
        a.evidenceLink, a.evidenceDocumentId, cells.of(a.mediaLevel, a.length, a.placement, a.publishedOn.getYear()));
  }
}
