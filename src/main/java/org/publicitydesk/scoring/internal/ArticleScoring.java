package org.publicitydesk.scoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.publicitydesk.adoption.Adoption;
import org.publicitydesk.adoption.Adoptions;
import org.publicitydesk.adoption.AdoptionsChanged;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.Articles;
import org.publicitydesk.scoring.ArticleCredits;
import org.publicitydesk.scoring.ArticleCredits.Credit;
import org.publicitydesk.scoring.Ledger;
import org.publicitydesk.scoring.Ledger.Booking;
import org.publicitydesk.scoring.Scoring;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The score of an article (R4, R4.1, R6, R2.3, R7): the points of its counted adoption, booked to the unit that wrote it
 * (and shown per informant) on the day that adoption was published. Articles that do not count — not accepted, or
 * merely forwarded from a community — book nothing. Scoring again replaces the article's entries.
 */
@Service
@Transactional
class ArticleScoring implements Scoring {

  static final String SOURCE = Ledger.ARTICLE;

  private final Articles articles;
  private final Adoptions adoptions;
  private final Ledger ledger;
  private final HistoryService history;
  private final List<ArticleCredits> credits;

  ArticleScoring(Articles articles, Adoptions adoptions, Ledger ledger, HistoryService history,
      List<ArticleCredits> credits) {
    this.articles = articles;
    this.adoptions = adoptions;
    this.ledger = ledger;
    this.history = history;
    this.credits = credits;
  }

  @Override
  public void scoreArticle(long articleId) {
    scoreArticles(List.of(article(articleId)));
  }

  @Override
  public void scoreArticles(List<ArticleInfo> batch) {
    Map<Long, List<Adoption>> adopted = adoptions.of(batch.stream().filter(ArticleInfo::countable)
        .map(ArticleInfo::id).toList());
    Map<String, List<Booking>> bookings = new LinkedHashMap<>();
    for (ArticleInfo article : batch) {
      bookings.put(String.valueOf(article.id()), bookings(article, adopted.getOrDefault(article.id(), List.of())));
    }
    ledger.bookAll(SOURCE, bookings);
  }

  private List<Booking> bookings(ArticleInfo article, List<Adoption> of) {
    List<Booking> bookings = new ArrayList<>();
    if (article.countable()) {
      Optional<Credit> credit = credits.stream().flatMap(c -> c.creditFor(article).stream()).findFirst();
      adoptions.countedAmong(of).ifPresent(counted -> bookings.add(new Booking(article.unitCode(),
          article.informant(), credit.map(Credit::ruleId).orElse("R4"), counted.points().total(),
          counted.publishedOn(), credit.map(c -> c.note() + " ").orElse("") + note(article, counted, of.size()),
          article.number(), article.externalId())));
    }
    return bookings;
  }

  @Override
  public void rescoreIfScored(long articleId) {
    ArticleInfo article = article(articleId);
    boolean finished = article.processInstanceId() == null || history.createHistoricProcessInstanceQuery()
        .processInstanceId(article.processInstanceId()).finished().count() > 0;
    if (finished) {
      scoreArticle(articleId);
    }
  }

  /** A correction after the article was scored (its review ended, or it was imported) is scored at once. */
  @EventListener
  void onAdoptionsChanged(AdoptionsChanged changed) {
    rescoreIfScored(changed.articleId());
  }

  private ArticleInfo article(long articleId) {
    return articles.byId(articleId)
        .orElseThrow(() -> new IllegalStateException("计分失败:稿件 " + articleId + " 不存在,未记分(R4)"));
  }

  private static String note(ArticleInfo article, Adoption counted, int all) {
    return "《" + article.title() + "》被" + counted.mediaName() + "采用," + counted.describe()
        + (all > 1 ? "(共 " + all + " 次采用,按 R6 只计最高级别媒体一次)" : "");
  }
}
