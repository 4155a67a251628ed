package org.publicitydesk.imports.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.publicitydesk.adoption.AdoptionInput;
import org.publicitydesk.adoption.Adoptions;
import org.publicitydesk.adoption.Length;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.adoption.Placement;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.imports.ImportFile.AdoptionRow;
import org.publicitydesk.imports.ImportFile.ArticleRow;
import org.publicitydesk.imports.ImportFile;
import org.publicitydesk.imports.ImportRejected;
import org.publicitydesk.opinion.OpinionReports.ImportedReport;
import org.publicitydesk.opinion.OpinionReports;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.UnitKind;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.ArticleStatus;
import org.publicitydesk.review.Articles.Imported;
import org.publicitydesk.review.Articles.ImportedArticle;
import org.publicitydesk.review.Articles;
import org.publicitydesk.review.Category;
import org.publicitydesk.review.ItemClass;
import org.publicitydesk.review.SubmissionRules;
import org.publicitydesk.scoring.Scoring;
import org.publicitydesk.security.FormValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports historical records: first every row is checked (row and field named in each error), then everything is
 * written in one transaction, articles by {@code externalId} (a second import updates, never duplicates), and each
 * article is scored by {@link Scoring}, the code live articles use.
 */
@Service
class ImportService {

  /** Records read, written and scored together: one look-up of what exists per batch, not per record. */
  private static final int BATCH = 500;

  /**
   * What was imported; {@code articleNumbers} and {@code opinionReportNumbers} map each record's {@code externalId} to
   * its number in the system (contract), in the file's order.
   */
  record Result(int articles, int created, int updated, int adoptions, int opinionReports,
      Map<String, String> articleNumbers, Map<String, String> opinionReportNumbers) {
  }

  private record Checked(ArticleRow row, ImportedArticle article, List<AdoptionInput> adoptions) {
  }

  private record CheckedFile(List<Checked> articles, List<ImportedReport> reports) {
  }

  private final Articles articles;
  private final Adoptions adoptions;
  private final Scoring scoring;
  private final OpinionReports opinionReports;
  private final OrganizationDirectory directory;
  private final BusinessClock clock;
  private final EntityManager entities;

  ImportService(Articles articles, Adoptions adoptions, Scoring scoring, OpinionReports opinionReports,
      OrganizationDirectory directory, BusinessClock clock, EntityManager entities) {
    this.entities = entities;
    this.opinionReports = opinionReports;
    this.articles = articles;
    this.adoptions = adoptions;
    this.scoring = scoring;
    this.directory = directory;
    this.clock = clock;
  }

  @Transactional
  Result importAll(ImportFile file, String user) {
    CheckedFile all = check(file);
    List<Checked> checked = all.articles();
    int created = 0;
    int adopted = 0;
    Map<String, String> articleNumbers = new LinkedHashMap<>();
    for (int from = 0; from < checked.size(); from += BATCH) {
      List<Checked> batch = checked.subList(from, Math.min(checked.size(), from + BATCH));
      List<Imported> stored = articles.importArticles(batch.stream().map(Checked::article).toList());
      Map<Long, List<AdoptionInput>> wanted = new LinkedHashMap<>();
      Map<Long, Integer> rows = new HashMap<>();
      for (int i = 0; i < batch.size(); i++) {
        ArticleInfo article = stored.get(i).article();
        articleNumbers.put(article.externalId(), article.number());
        created += stored.get(i).created() ? 1 : 0;
        wanted.put(article.id(), batch.get(i).adoptions());
        rows.put(article.id(), from + i);
      }
      entities.flush(); // the articles before their adoptions (foreign key)
      try {
        adopted += adoptions.replaceAll(wanted, "重新导入时更新", user);
      } catch (Adoptions.Refused e) {
        throw new ImportRejected(List.of("articles[" + rows.get(e.articleId()) + "].adoptions: " + e.getMessage()));
      }
      scoring.scoreArticles(stored.stream().map(Imported::article).toList());
      writeAndForget();
    }
    Map<String, String> reportNumbers = new LinkedHashMap<>();
    for (int from = 0; from < all.reports().size(); from += BATCH) {
      List<ImportedReport> batch = all.reports().subList(from, Math.min(all.reports().size(), from + BATCH));
      List<String> numbers = opinionReports.importReports(batch);
      for (int i = 0; i < batch.size(); i++) {
        reportNumbers.put(batch.get(i).externalId(), numbers.get(i));
      }
      writeAndForget();
    }
    return new Result(checked.size(), created, checked.size() - created, adopted, all.reports().size(),
        articleNumbers, reportNumbers);
  }

  /**
   * Writes (in JDBC batches) and forgets what the import has touched, every {@value #BATCH} records: the whole file is
   * one transaction, and without this every record of a large file stays in the persistence context, is dirty-checked
   * at each later look-up and held in memory until the end. Nothing is committed before the end.
   */
  private void writeAndForget() {
    entities.flush();
    entities.clear();
  }

  private CheckedFile check(ImportFile file) {
    List<String> errors = new ArrayList<>();
    Map<String, UnitInfo> units = new HashMap<>();
    directory.units().forEach(u -> units.put(u.code(), u));
    List<ArticleRow> rows = file.articles() == null ? List.of() : file.articles();
    List<ImportFile.OpinionRow> opinionRows = file.opinionReports() == null ? List.of() : file.opinionReports();
    if (rows.isEmpty() && opinionRows.isEmpty()) {
      errors.add("articles: 文件中没有稿件或舆情信息记录");
    }
    List<ImportedReport> reports = checkReports(opinionRows, errors, units);
    Set<String> ids = new HashSet<>();
    List<Checked> checked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = new Row("articles[" + i + "]", errors, units);
      ArticleRow a = rows.get(i);
      String externalId = r.required("externalId", a.externalId());
      if (externalId != null && externalId.length() > 64) {
        r.error("externalId", "最多 64 个字符");
      }
      if (externalId != null && !ids.add(externalId)) {
        r.error("externalId", externalId + " 在文件中重复");
      }
      UnitInfo unit = r.unit("unitCode", a.unitCode());
      Instant submittedAt = r.instant("submittedAt", a.submittedAt());
      String informant = r.required("informant", a.informant());
      r.informant(unit, informant, submittedAt);
      String title = r.required("title", a.title());
      if (title != null) {
        SubmissionRules.titleProblem(title).ifPresent(problem -> r.error("title", problem));
      }
      ItemClass itemClass = r.enumValue("itemClass", ItemClass.class, a.itemClass(), true);
      Category category = r.enumValue("category", Category.class, a.category(), false);
      ArticleStatus outcome = r.outcome(a.outcome());
      String forwarded = blank(a.forwardedFromUnit()) ? null : a.forwardedFromUnit().strip();
      if (forwarded != null) {
        UnitInfo community = r.unit("forwardedFromUnit", forwarded);
        if (community != null && unit != null) {
          SubmissionRules.forwardingProblem(unit, community).ifPresent(problem -> r.error("forwardedFromUnit", problem));
        }
      }
      List<AdoptionInput> adoptionInputs = new ArrayList<>();
      List<AdoptionRow> adoptionRows = a.adoptions() == null ? List.of() : a.adoptions();
      if (!adoptionRows.isEmpty() && outcome != null && outcome != ArticleStatus.ACCEPTED) {
        r.error("adoptions", "只有 ACCEPTED 的稿件才有媒体采用");
      }
      for (int j = 0; j < adoptionRows.size(); j++) {
        AdoptionRow ad = adoptionRows.get(j);
        Row ar = new Row(r.prefix + ".adoptions[" + j + "]", errors, units);
        AdoptionInput input = new AdoptionInput(ar.required("mediaName", ad.mediaName()),
            ar.enumValue("mediaLevel", MediaLevel.class, ad.mediaLevel(), true),
            ar.enumValue("length", Length.class, ad.length(), true),
            ar.enumValue("placement", Placement.class, ad.placement() == null ? "NONE" : ad.placement(), true),
            ar.date("publishedOn", ad.publishedOn()), null);
        input.publishedOnProblem(submittedAt == null ? null : submittedAt.atZone(clock.zone()).toLocalDate(),
            clock.today()).ifPresent(problem -> ar.error("publishedOn", problem));
        adoptionInputs.add(input);
      }
      if (errors.isEmpty()) {
        checked.add(new Checked(a, new ImportedArticle(externalId, unit.code(), informant, title, itemClass,
            category == null ? Category.OTHER : category, submittedAt, outcome, forwarded,
            blank(a.leadId()) ? null : a.leadId().strip()), adoptionInputs));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejected(errors);
    }
    return new CheckedFile(checked, reports);
  }

  private List<ImportedReport> checkReports(List<ImportFile.OpinionRow> rows, List<String> errors,
      Map<String, UnitInfo> units) {
    Set<String> ids = new HashSet<>();
    List<ImportedReport> reports = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = new Row("opinionReports[" + i + "]", errors, units);
      ImportFile.OpinionRow o = rows.get(i);
      int before = errors.size();
      String externalId = r.required("externalId", o.externalId());
      if (externalId != null && !ids.add(externalId)) {
        r.error("externalId", externalId + " 在文件中重复");
      }
      UnitInfo unit = r.unit("unitCode", o.unitCode());
      if (unit != null && unit.kind() != UnitKind.COMMUNITY) {
        r.error("unitCode", "舆情信息只由社区报送(R3),“" + unit.name() + "”不是社区");
      }
      Instant submittedAt = r.instant("submittedAt", o.submittedAt());
      String informant = r.required("informant", o.informant());
      r.informant(unit, informant, submittedAt);
      String title = r.required("title", o.title());
      String content = r.required("content", o.content());
      ArticleStatus outcome = r.outcome(o.outcome());
      if (errors.size() == before) {
        reports.add(new ImportedReport(externalId, unit.code(), informant, title, content, submittedAt,
            outcome == ArticleStatus.ACCEPTED ? "ACCEPTED" : outcome == ArticleStatus.LOW_QUALITY ? "LOW_QUALITY"
                : "REJECTED", Boolean.TRUE.equals(o.adoptedInBulletin())));
      }
    }
    return reports;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Checks of one row, each error prefixed with the row. */
  private final class Row {

    final String prefix;
    final List<String> errors;
    /** The organisation's units, read once per file (a file of 5,000 rows names some hundreds of units). */
    final Map<String, UnitInfo> units;

    Row(String prefix, List<String> errors, Map<String, UnitInfo> units) {
      this.prefix = prefix;
      this.errors = errors;
      this.units = units;
    }

    void error(String field, String message) {
      errors.add(prefix + "." + field + ": " + message);
    }

    String required(String field, String value) {
      if (blank(value)) {
        error(field, "必填");
        return null;
      }
      return value.strip();
    }

    /** R10.2: the informant named was an informant of the unit on the day of submission (business zone). */
    void informant(UnitInfo unit, String informant, Instant submittedAt) {
      if (unit != null && informant != null && submittedAt != null) {
        LocalDate day = submittedAt.atZone(clock.zone()).toLocalDate();
        if (!SubmissionRules.informantOf(unit, informant, day)) {
          error("informant", informant + " 在 " + day + " 不是" + unit.name() + "的信息员");
        }
      }
    }

    UnitInfo unit(String field, String code) {
      String c = required(field, code);
      if (c == null) {
        return null;
      }
      UnitInfo unit = units.get(c);
      if (unit == null) {
        error(field, "单位 " + c + " 不存在");
      }
      return unit;
    }

    Instant instant(String field, String value) {
      String v = required(field, value);
      try {
        return v == null ? null : OffsetDateTime.parse(v).toInstant();
      } catch (DateTimeParseException e) {
        error(field, "“" + v + "”不是带时区的时间,例如 2026-01-05T10:00:00+08:00");
        return null;
      }
    }

    LocalDate date(String field, String value) {
      String v = required(field, value);
      try {
        return v == null ? null : LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        error(field, "“" + v + "”不是日期,格式应为 YYYY-MM-DD");
        return null;
      }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, String value, boolean required) {
      if (blank(value)) {
        if (required) {
          error(field, "必填");
        }
        return null;
      }
      E parsed = FormValues.choice(type, value).orElse(null);
      if (parsed == null) {
        error(field, "“" + value + "”无效,可选:" + FormValues.choices(type));
      }
      return parsed;
    }

    ArticleStatus outcome(String value) {
      String v = required("outcome", value);
      if (v == null) {
        return null;
      }
      return switch (v) {
        case "ACCEPTED" -> ArticleStatus.ACCEPTED;
        case "LOW_QUALITY" -> ArticleStatus.LOW_QUALITY;
        case "REJECTED" -> ArticleStatus.REJECTED;
        default -> {
          error("outcome", "“" + v + "”无效,可选:ACCEPTED、LOW_QUALITY、REJECTED");
          yield null;
        }
      };
    }
  }
}
