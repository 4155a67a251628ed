package org.publicitydesk.followup.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One copy (抄送) of an article to one person, by the reviewer of a task; never changed afterwards. */
@Entity
@Table(name = "pd_article_copy")
class CopyEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  Long articleId;
  String taskId;
  String taskName;
  String fromUser;
  String toUser;
  String comment;
  Instant copiedAt;
}
