package org.publicitydesk.review.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.publicitydesk.documents.DocumentKind;
import org.publicitydesk.documents.Markdown;
import org.publicitydesk.documents.StoredDocument;
import org.publicitydesk.review.ArticleReviewProcess;

/**
 * What reviewers see in their Tasklist forms, as Markdown in three string variables (each under Camunda's 4,000
 * character limit): the article's facts and files, its text, and every decision with its comment. User text is
 * escaped, so titles and comments show as text, never as markup.
 */
final class ArticleSummary {

  static final int LIMIT = 3800;
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ArticleSummary() {
  }

  record Facts(ArticleEntity article, String unitName, String informantName, List<StoredDocument> documents,
      ArticleEntity followUpOf, List<ArticleEntity> followUps, ZoneId zone, ArticleEntity nearCopyOf,
      String nearCopyUnit) {
  }

  static Map<String, Object> variables(Facts facts, String text, List<ReviewStepEntity> steps, Map<String, String> names) {
    return Map.of(
        ArticleReviewProcess.ARTICLE_SUMMARY, summary(facts),
        ArticleReviewProcess.ARTICLE_TEXT, text(text),
        ArticleReviewProcess.REVIEW_HISTORY, history(steps, names, facts.zone()));
  }

  static String summary(Facts f) {
    ArticleEntity a = f.article();
    StringBuilder md = new StringBuilder();
    md.append("### 《").append(escape(a.title)).append("》\n\n");
    md.append("**稿件编号** ").append(a.number).append(" · **单位** ").append(escape(f.unitName()))
        .append(" · **信息员** ").append(escape(f.informantName())).append("\n\n");
    md.append("**类别** ").append(a.itemClass.label()).append("(").append(a.itemClass.chain()).append(")")
        .append(" · **栏目** ").append(a.category.label()).append(" · **字数** ").append(a.wordCount).append("\n\n");
    md.append("**报送时间** ").append(TIME.format(a.submittedAt.atZone(f.zone())));
    if (a.outsideWindow) {
      md.append("(非工作时间报送,R10.1)");
    }
    md.append(" · **第 ").append(a.revision).append(" 稿** · **状态** ").append(a.status.label()).append("\n\n");
    if (a.urgent) {
      md.append("**⚠ 紧急稿件(突发事件,R10.4):请尽快审核**\n\n");
    }
    if (a.forwardedFromUnit != null) {
      md.append("**转发自社区** ").append(escape(a.forwardedFromUnit)).append("(R2.3 不计入本单位)\n\n");
    }
    if (a.leadId != null) {
      md.append("**对应线索/重大活动** ").append(escape(a.leadId)).append("\n\n");
    }
    if (f.nearCopyOf() != null) {
      String verdict = a.nearCopyVerdict == null ? "请政工科在采用时确认是否为转发社区稿件"
          : a.nearCopyVerdict.label;
      // the other unit's title stays out: the reviewers of this unit may not read that unit's articles (issue 14)
      md.append("**⚠ 疑似转发(R2.3)** 与").append(escape(f.nearCopyUnit())).append("稿件 ").append(f.nearCopyOf().number)
          .append(" 相似度 ").append(a.nearCopyPercent).append("%;")
          .append(verdict).append("\n\n");
    }
    if (f.followUpOf() != null) {
      md.append("**续报** 本稿是 ").append(f.followUpOf().number).append("《").append(escape(f.followUpOf().title))
          .append("》的后续报道\n\n");
    }
    for (ArticleEntity later : f.followUps()) {
      md.append("**后续报道** ").append(later.number).append("《").append(escape(later.title)).append("》\n\n");
    }
    md.append("**附件** ");
    List<String> links = f.documents().stream().map(ArticleSummary::link).toList();
    md.append(links.isEmpty() ? "无" : String.join(" · ", links)).append("\n");
    return cap(md.toString());
  }

  static String text(String text) {
    if (text == null || text.isBlank()) {
      return "(无正文)";
    }
    String escaped = escape(text.strip()).replaceAll("\\s*\\n\\s*", "\n\n");
    if (escaped.length() <= LIMIT) {
      return escaped;
    }
    return escaped.substring(0, LIMIT - 40) + "……\n\n(正文较长,请下载稿件查看全文)";
  }

  static String history(List<ReviewStepEntity> steps, Map<String, String> names, ZoneId zone) {
    StringBuilder md = new StringBuilder();
    for (ReviewStepEntity s : steps) {
      StringBuilder line = new StringBuilder("- ").append(TIME.format(s.decidedAt.atZone(zone))).append(" **")
          .append(escape(names.getOrDefault(s.actor, s.actor))).append("**");
      if (s.onBehalfOf != null) {
        line.append("(代 ").append(escape(names.getOrDefault(s.onBehalfOf, s.onBehalfOf))).append(")");
      }
      line.append(" ").append(stepLabel(s.step)).append(":").append(s.decision.label);
      if (s.comment != null && !s.comment.isBlank()) {
        line.append(" —— “").append(escape(s.comment.strip()).replace("\n", " ")).append("”");
      }
      md.append(line).append("\n");
    }
    String all = md.toString();
    // the newest decisions matter most: drop the oldest lines when the history is longer than a variable holds
    while (all.length() > LIMIT) {
      all = "- ……(更早的记录见流程历史)\n" + all.substring(all.indexOf('\n', all.indexOf('\n') + 1) + 1);
    }
    return all.isEmpty() ? "(暂无审核记录)" : all;
  }

  /** The usual prefix of a title: the unit, a date (2026年3月3日, 3月3日, 3.3) and 工作信息/信息/动态, with separators. */
  private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile(
      "^(?<unit>[^0-9::((]{0,30}?)\\s*(\\d{4}\\s*年)?\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?\\s*(工作信息|工作动态|信息|动态)?"
          + "[\\s::,,、—\\-]*");
  /** The same prefix without a date: the unit and 工作信息/工作动态, then a separator ("经济发展办公室工作信息:…"). */
  private static final java.util.regex.Pattern UNDATED_PREFIX = java.util.regex.Pattern.compile(
      "^[^0-9::((]{0,30}?(工作信息|工作动态)[\\s::,,、—\\-]+");

  /**
   * What tells an article apart on a Tasklist card: its title without the conventional 单位+日期+工作信息 prefix
   * ("经济发展办公室3月2日工作信息:项目签约" → "项目签约"); the whole title when there is no such prefix or nothing after it.
   */
  static String gist(String title) {
    if (title == null) {
      return "";
    }
    String t = title.strip();
    java.util.regex.Matcher m = PREFIX.matcher(t);
    if (!m.find()) {
      m = UNDATED_PREFIX.matcher(t);
      if (!m.find()) {
        return t;
      }
    }
    if (m.end() >= t.length()) {
      return t;
    }
    String rest = t.substring(m.end()).strip();
    if (rest.length() >= 2 && (rest.startsWith("(") && rest.endsWith(")") || rest.startsWith("(") && rest.endsWith(")"))) {
      rest = rest.substring(1, rest.length() - 1).strip();
    }
    return rest.isEmpty() ? t : rest;
  }

  static String stepLabel(String step) {
    return switch (step) {
      case ArticleReviewProcess.TASK_REVIEW_BY_UNIT_HEAD -> "单位负责人审核";
      case ArticleReviewProcess.TASK_REVIEW_BY_SUPERVISOR -> "分管领导审核";
      case ArticleReviewProcess.TASK_REVIEW_BY_PRINCIPAL -> "主要领导审核";
      case ArticleReviewProcess.TASK_ADDED_REVIEW -> "加签审核";
      case ArticleReviewProcess.TASK_EDITORIAL_REVIEW -> "政工科审核";
      case ArticleReviewProcess.TASK_REVISE_ARTICLE -> "修改稿件";
      case "SUBMISSION" -> "报送";
      case "WITHDRAWAL" -> "撤回";
      case ArticleCorrections.STEP -> "政工科更正";
      case TaskOperations.TRANSFER -> "转办";
      case TaskOperations.DELEGATION -> "委派";
      case TaskOperations.OPINION -> "被委派人意见";
      case TaskOperations.ADD_REVIEWER -> "加签";
      default -> org.publicitydesk.review.ArticleEvent.stepLabel(step).orElse(step);
    };
  }

  private static String link(StoredDocument d) {
    String name = escape(d.filename());
    return switch (d.kind()) {
      case WORD -> "[下载 Word 稿件:" + name + "](/api/documents/" + d.id() + ")";
      case PHOTO -> "[照片:" + escape(d.caption()) + "](/api/documents/" + d.id() + "?inline=true)";
      case TEXT -> "[正文全文](/api/documents/" + d.id() + "?inline=true)";
      case EVIDENCE -> "[采用证明](/api/documents/" + d.id() + "?inline=true)";
      case MATERIAL -> "[材料:" + name + "](/api/documents/" + d.id() + ")";
    };
  }

  static String escape(String text) {
    return Markdown.escape(text);
  }

  private static String cap(String s) {
    return s.length() <= LIMIT ? s : s.substring(0, LIMIT);
  }

  static boolean isArticleFile(StoredDocument d) {
    return d.kind() == DocumentKind.WORD || d.kind() == DocumentKind.TEXT;
  }
}
