package org.publicitydesk;

import org.springframework.jdbc.core.JdbcTemplate;

/** What a review scenario reads back to assert on (issue 16): the open task of an article, who holds it, its record. */
public record TestReviews(JdbcTemplate jdbc) {

  /** The one open task of a process instance. */
  public String openTask(String instance) {
    return jdbc.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ?", String.class, instance);
  }

  public String taskKey(String task) {
    return jdbc.queryForObject("select task_def_key_ from act_ru_task where id_ = ?", String.class, task);
  }

  public String assignee(String task) {
    return jdbc.queryForObject("select assignee_ from act_ru_task where id_ = ?", String.class, task);
  }

  /** The newest line of the article's review record at {@code step}: actor|decision|comment. */
  public String record(String instance, String step) {
    return jdbc.queryForObject("select concat(actor, '|', decision, '|', coalesce(comment, '')) from pd_review_step s"
        + " join pd_article a on a.id = s.article_id where a.process_instance_id = ? and s.step = ? order by s.id desc"
        + " fetch first 1 rows only", String.class, instance, step);
  }
}
