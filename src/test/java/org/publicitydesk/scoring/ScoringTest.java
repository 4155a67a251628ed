package org.publicitydesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.publicitydesk.adoption.Adoption;
import org.publicitydesk.adoption.AdoptionInput;
import org.publicitydesk.adoption.Adoptions;
import org.publicitydesk.adoption.Length;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.adoption.Placement;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.Articles;
import org.publicitydesk.review.Articles.ImportedArticle;
import org.publicitydesk.review.Category;
import org.publicitydesk.review.ItemClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R4, R6, R4.1, R2.3 on articles imported straight into the store (scored at once, as finished articles are), and the
 * scores and ledger over HTTP. Each test uses its own year so that totals are its own.
 */
@PublicityDeskTest
class ScoringTest {

  @Autowired
  Articles articles;
  @Autowired
  Adoptions adoptions;
  @Autowired
  Ledger ledger;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identity;

  /** Each test uses a year of its own between 2031 and 2037; adoptions are recorded after they were published. */
  @BeforeEach
  void afterTheTestYears() {
    ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2040-01-02T02:00:00Z")));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void onlyTheHighestLevelAdoptionCountsEvenWhenALowerOneIsWorthMore() {
    // given a city long article (60) and a provincial brief (40) of the same article (R6)
    ArticleInfo article = accepted("R6-a", "economy", "inf-economy", 2031, null);
    adopt(article, "市日报", Length.LONG, Placement.NONE, LocalDate.of(2031, 3, 2));
    Adoption provincial = adopt(article, "大众日报", Length.BRIEF, Placement.NONE, LocalDate.of(2031, 3, 5));
    // when it is scored
    rescore(article);
    // then the provincial brief counts, once: 40 points on its publication day, for the writing unit (R4.1)
    assertThat(adoptions.counted(article.id())).contains(provincial);
    assertThat(entries(article)).singleElement().satisfies(e -> {
      assertThat(e.points()).isEqualTo(40);
      assertThat(e.occurredOn()).isEqualTo(LocalDate.of(2031, 3, 5));
      assertThat(e.unitCode()).isEqualTo("economy");
      assertThat(e.informant()).isEqualTo("inf-economy");
      assertThat(e.note()).contains("被大众日报采用,省级简讯40分").contains("共 2 次采用");
    });
  }

  @Test
  void withinTheHighestLevelTheAdoptionWithMostPointsCounts() {
    ArticleInfo article = accepted("R6-b", "urban", "inf-urban", 2032, null);
    adopt(article, "人民日报", Length.BRIEF, Placement.OTHER_PAGE_HEADLINE, LocalDate.of(2032, 5, 1));  // 50 + 20
    adopt(article, "中央电视台", Length.LONG, Placement.NONE, LocalDate.of(2032, 5, 2));            // 101
    adopt(article, "区电视台", Length.LONG, Placement.FRONT_PAGE_HEADLINE, LocalDate.of(2032, 5, 3));   // 40 + 10
    rescore(article);
    assertThat(entries(article)).extracting(LedgerEntry::points).containsExactly(101);
  }

  @Test
  void aForwardedCommunityArticleScoresNothingForTheDepartment() {
    ArticleInfo article = accepted("R23", "social", "inf-social", 2033, "xinhua");
    adopt(article, "市电视台", Length.LONG, Placement.NONE, LocalDate.of(2033, 2, 2));
    rescore(article);
    assertThat(entries(article)).isEmpty();
  }

  @Test
  void aCorrectionReplacesTheScoreAndARemovalTakesItAwayWithoutDoubling() {
    ArticleInfo article = accepted("corr", "office", "inf-office", 2034, null);
    adopt(article, "区电视台", Length.BRIEF, Placement.NONE, LocalDate.of(2034, 4, 1));
    rescore(article);
    Adoption wrong = adoptions.of(article.id()).get(0);
    assertThat(entries(article)).extracting(LedgerEntry::points).containsExactly(20);
    // when the editorial office corrects it: it was a front-page long article
    Adoption corrected = adoptions.correct(wrong.id(), new AdoptionInput("区电视台", null, Length.LONG,
        Placement.FRONT_PAGE_HEADLINE, LocalDate.of(2034, 4, 1), null), "篇幅和版面登记错误", "editor-liu");
    // then the score follows at once (the article is finished), once
    assertThat(entries(article)).extracting(LedgerEntry::points).containsExactly(50);
    assertThat(jdbc.queryForObject("select count(*) from pd_ledger_entry where source_type = 'ARTICLE' and source_id = ?",
        Integer.class, String.valueOf(article.id()))).isEqualTo(2);
    adoptions.remove(corrected.id(), "该媒体未实际刊发", "editor-liu");
    assertThat(entries(article)).isEmpty();
    assertThat(adoptions.history(article.id())).hasSize(3)
        .anySatisfy(h -> assertThat(h).contains("SUPERSEDED").contains("篇幅和版面登记错误"))
        .anySatisfy(h -> assertThat(h).contains("REMOVED").contains("该媒体未实际刊发"));
    assertThatThrownBy(() -> adoptions.remove(corrected.id(), "again", "editor-liu")).hasMessageContaining("不存在或已被更正");
  }

  @Test
  void aCorrectionNeedsAReasonAndACatalogueLevelCannotBeContradicted() {
    ArticleInfo article = accepted("reason", "office", "inf-office", 2035, null);
    Adoption a = adopt(article, "区电视台", Length.BRIEF, Placement.NONE, LocalDate.of(2035, 4, 1));
    assertThatThrownBy(() -> adoptions.remove(a.id(), " ", "editor-liu")).hasMessageContaining("必须说明原因");
    assertThatThrownBy(() -> adoptions.record(article.id(), new AdoptionInput("人民日报", MediaLevel.CITY, Length.BRIEF,
        Placement.NONE, LocalDate.of(2035, 4, 2), null), "editor-liu")).hasMessageContaining("国家级媒体,与填写的市级不符");
    assertThatThrownBy(() -> adoptions.record(article.id(), new AdoptionInput("某某报", null, Length.BRIEF,
        Placement.NONE, LocalDate.of(2035, 4, 2), null), "editor-liu")).hasMessageContaining("不在媒体目录中");
    ArticleInfo lowQuality = articles.importArticles(List.of(imported("lq", "office", "inf-office", 2035, null,
        ArticleStatus.LOW_QUALITY))).get(0).article();
    assertThatThrownBy(() -> adopt(lowQuality, "区电视台", Length.BRIEF, Placement.NONE, LocalDate.of(2035, 5, 1)))
        .hasMessageContaining("只有已采用的稿件才能登记媒体采用");
  }

  @Test
  void scoresRankUnitsAndBreakDownByRule() {
    ArticleInfo a = accepted("rank-a", "dongfeng", "inf-dongfeng", 2036, null);
    adopt(a, "大众日报", Length.LONG, Placement.NONE, LocalDate.of(2036, 2, 10));      // 80, Q1
    ArticleInfo b = accepted("rank-b", "heping", "inf-heping", 2036, null);
    adopt(b, "市日报", Length.LONG, Placement.OTHER_PAGE_HEADLINE, LocalDate.of(2036, 3, 1)); // 70, Q1
    ArticleInfo c = accepted("rank-c", "xinhua", "inf-xinhua", 2036, null);
    adopt(c, "市日报", Length.LONG, Placement.OTHER_PAGE_HEADLINE, LocalDate.of(2036, 3, 2)); // 70, Q1
    ArticleInfo d = accepted("rank-d", "heping", "inf-heping", 2036, null);
    adopt(d, "区电视台", Length.BRIEF, Placement.NONE, LocalDate.of(2036, 4, 1));        // 20, Q2
    List.of(a, b, c, d).forEach(this::rescore);

    List<Map<String, Object>> q1 = scores("/api/scores?year=2036&quarter=1");
    assertThat(q1.subList(0, 3)).extracting(s -> s.get("unitCode") + ":" + s.get("points") + ":#" + s.get("rank"))
        .containsExactly("dongfeng:80:#1", "heping:70:#2", "xinhua:70:#2");
    assertThat(q1.get(3)).containsEntry("points", 0).containsEntry("rank", 4);
    assertThat(q1).hasSize(8);
    List<Map<String, Object>> year = scores("/api/scores?year=2036");
    assertThat(year.get(0)).containsEntry("unitCode", "heping").containsEntry("points", 90)
        .containsEntry("breakdown", Map.of("R4", 90));
  }

  @Test
  void theLedgerIsForTheUnitsOwnPeopleItsLeadersAndTheEditorialOffice() {
    ArticleInfo a = accepted("ledger", "yingbin", "inf-yingbin", 2037, null);
    adopt(a, "市电视台", Length.BRIEF, Placement.NONE, LocalDate.of(2037, 6, 1));
    rescore(a);
    for (String allowed : List.of("inf-yingbin", "head-yingbin", "sup-li", "editor-liu", "principal-zhang")) {
      assertThat(ledgerStatus(allowed, "yingbin")).as(allowed).isEqualTo(HttpStatus.OK);
    }
    for (String refused : List.of("inf-economy", "head-urban", "sup-wang")) {
      assertThat(ledgerStatus(refused, "yingbin")).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> unknown = rest.withBasicAuth("editor-liu", "demo").getForEntity("/api/ledger?unitCode=mars&year=2037", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("单位 mars 不存在");
    assertThat(rest.withBasicAuth("editor-liu", "demo").getForEntity("/api/scores?year=2037&quarter=5", String.class)
        .getBody()).contains("季度应为 1—4");
  }

  // --- helpers

  private ArticleInfo accepted(String key, String unit, String informant, int year, String forwardedFrom) {
    return articles.importArticles(List.of(imported(key, unit, informant, year, forwardedFrom,
        ArticleStatus.ACCEPTED))).get(0).article();
  }

  private static ImportedArticle imported(String key, String unit, String informant, int year, String forwardedFrom,
      ArticleStatus outcome) {
    return new ImportedArticle("scoring-test-" + key, unit, informant, "测试稿件" + key, ItemClass.ORDINARY,
        Category.OTHER, Instant.parse(year + "-01-05T02:00:00Z"), outcome, forwardedFrom, null);
  }

  private Adoption adopt(ArticleInfo article, String media, Length length, Placement placement, LocalDate day) {
    return adoptions.record(article.id(), new AdoptionInput(media, null, length, placement, day, null), "editor-liu");
  }

  /** Imported articles are finished: a change of their adoptions scores them again; here we change nothing. */
  private void rescore(ArticleInfo article) {
    Adoption any = adoptions.of(article.id()).get(0);
    Adoption same = adoptions.correct(any.id(), new AdoptionInput(any.mediaName(), null, any.length(), any.placement(),
        any.publishedOn(), null), "测试:重新计分", "editor-liu");
    assertThat(same.points()).isEqualTo(any.points());
  }

  private List<LedgerEntry> entries(ArticleInfo article) {
    return ledger.active(article.unitCode(), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)).stream()
        .filter(e -> e.sourceId().equals(String.valueOf(article.id()))).toList();
  }

  private List<Map<String, Object>> scores(String path) {
    return rest.withBasicAuth("inf-economy", "demo").exchange(path, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
  }

  private HttpStatus ledgerStatus(String user, String unit) {
    return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").exchange("/api/ledger?unitCode=" + unit + "&year=2037",
        HttpMethod.GET, HttpEntity.EMPTY, String.class).getStatusCode().value());
  }
}
