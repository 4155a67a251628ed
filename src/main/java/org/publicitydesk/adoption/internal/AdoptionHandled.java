package org.publicitydesk.adoption.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.publicitydesk.adoption.Placement;
import org.publicitydesk.calendar.ChineseDate;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.Articles;
import org.publicitydesk.review.HandledTasks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 已办 of the editorial office in {@code Task_RecordAdoption}: the adoptions a person recorded there (R4), with the
 * article and where it is now; one corrected or removed later says so. Imports and corrections are no tasks.
 */
@Component
@Transactional(readOnly = true)
class AdoptionHandled implements HandledTasks {

  private final AdoptionRepository adoptions;
  private final Articles articles;

  AdoptionHandled(AdoptionRepository adoptions, Articles articles) {
    this.adoptions = adoptions;
    this.articles = articles;
  }

  @Override
  public List<Handled> handledBy(String userId, int limit) {
    List<AdoptionEntity> mine = adoptions.findTop100ByRecordedByAndTaskIdNotNullOrderByRecordedAtDescIdDesc(userId);
    Map<Long, ArticleInfo> byId = mine.stream().map(a -> a.articleId).distinct()
        .map(articles::byId).flatMap(java.util.Optional::stream)
        .collect(Collectors.toMap(ArticleInfo::id, Function.identity()));
    return mine.stream().filter(a -> byId.containsKey(a.articleId)).limit(limit).map(a -> {
      ArticleInfo article = byId.get(a.articleId);
      return new Handled(a.taskId, "登记媒体采用", article.number(), article.title(),
          "RECORDED", describe(a), null, a.recordedAt, article.processInstanceId(), article.status().label());
    }).toList();
  }

  /** 大众日报 省级简讯 · 其他版面头条 · 2026年3月3日, and (已更正) or (已删除) when that happened later. */
  private static String describe(AdoptionEntity a) {
    String later = switch (a.status) {
      case ACTIVE -> "";
      case SUPERSEDED -> "(已更正)";
      case REMOVED -> "(已删除)";
    };
    return a.mediaName + " " + a.mediaLevel.label() + a.length.label()
        + (a.placement == null || a.placement == Placement.NONE ? "" : " · " + a.placement.label())
        + (a.publishedOn == null ? "" : " · " + ChineseDate.of(a.publishedOn)) + later;
  }
}
