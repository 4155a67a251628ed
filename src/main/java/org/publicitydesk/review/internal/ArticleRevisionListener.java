package org.publicitydesk.review.internal;

import static org.publicitydesk.review.ArticleReviewProcess.COMMENT;
import static org.publicitydesk.review.ArticleReviewProcess.CONTENT;
import static org.publicitydesk.review.ArticleReviewProcess.DOCUMENT;
import static org.publicitydesk.review.ArticleReviewProcess.TITLE;
import static org.publicitydesk.review.ArticleReviewProcess.WITHDRAWN;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.publicitydesk.security.TaskActor;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code Task_ReviseArticle} (R1.4): a new document or text (and perhaps a new title), or the
 * withdrawal of the article.
 */
@Component
class ArticleRevisionListener implements TaskListener {

  private final ArticleService articles;
  private final ArticleFormView view;

  ArticleRevisionListener(ArticleService articles, ArticleFormView view) {
    this.articles = articles;
    this.view = view;
  }

  @Override
  public void notify(DelegateTask task) {
    var execution = task.getExecution();
    articles.revise(task.getProcessInstanceId(), task.getId(), TaskActor.of(task), task.getVariable(WITHDRAWN),
        ProcessFiles.take(execution, DOCUMENT), task.getVariable(CONTENT), task.getVariable(COMMENT),
        task.getVariable(TITLE));
    execution.removeVariables(List.of(WITHDRAWN, CONTENT, COMMENT));
    // the title the forms and notices show is the article's, also when the form sent none or a blank one
    execution.setVariable(TITLE, articles.byInstance(task.getProcessInstanceId()).title);
    view.refresh(execution, task.getProcessInstanceId());
  }
}
