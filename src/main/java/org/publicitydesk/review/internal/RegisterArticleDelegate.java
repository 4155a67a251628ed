package org.publicitydesk.review.internal;

import static org.publicitydesk.review.ArticleReviewProcess.CATEGORY;
import static org.publicitydesk.review.ArticleReviewProcess.CONTENT;
import static org.publicitydesk.review.ArticleReviewProcess.DOCUMENT;
import static org.publicitydesk.review.ArticleReviewProcess.FOLLOW_UP_OF;
import static org.publicitydesk.review.ArticleReviewProcess.FORWARDED_FROM_UNIT;
import static org.publicitydesk.review.ArticleReviewProcess.ITEM_CLASS;
import static org.publicitydesk.review.ArticleReviewProcess.LEAD_ID;
import static org.publicitydesk.review.ArticleReviewProcess.MAX_PHOTOS;
import static org.publicitydesk.review.ArticleReviewProcess.PHOTO_PREFIX;
import static org.publicitydesk.review.ArticleReviewProcess.SUBMISSION_KEY;
import static org.publicitydesk.review.ArticleReviewProcess.TITLE;
import static org.publicitydesk.review.ArticleReviewProcess.UNIT_CODE;
import static org.publicitydesk.review.ArticleReviewProcess.URGENT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.publicitydesk.documents.Upload;
import org.publicitydesk.security.ProcessStarter;
import org.springframework.stereotype.Component;

/** {@code Task_RegisterArticle}: reads the start variables, registers the article, sets the form variables. */
@Component
class RegisterArticleDelegate implements JavaDelegate {

  private final ArticleService articles;
  private final ArticleFormView view;

  RegisterArticleDelegate(ArticleService articles, ArticleFormView view) {
    this.articles = articles;
    this.view = view;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Submission.Photo> photos = new ArrayList<>();
    for (int i = 1; i <= MAX_PHOTOS; i++) {
      Upload photo = ProcessFiles.take(execution, PHOTO_PREFIX + i);
      String caption = ProcessFiles.text(execution, PHOTO_PREFIX + i + "Caption");
      if (photo != null) {
        photos.add(new Submission.Photo(photo, caption));
      }
    }
    Submission submission = new Submission(ProcessStarter.of(execution), ProcessFiles.text(execution, TITLE),
        ProcessFiles.text(execution, UNIT_CODE), ProcessFiles.text(execution, CATEGORY),
        ProcessFiles.text(execution, ITEM_CLASS), ProcessFiles.take(execution, DOCUMENT),
        ProcessFiles.text(execution, CONTENT), ProcessFiles.text(execution, LEAD_ID),
        ProcessFiles.text(execution, FORWARDED_FROM_UNIT), ProcessFiles.flag(execution, URGENT),
        ProcessFiles.text(execution, FOLLOW_UP_OF), photos, ProcessFiles.text(execution, SUBMISSION_KEY));
    ArticleEntity article = articles.register(submission, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(article.number);
    view.refresh(execution, execution.getProcessInstanceId());
  }
}
