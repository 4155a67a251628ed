package org.publicitydesk.review.internal;

import org.publicitydesk.review.ArticleReviewProcess;
import org.publicitydesk.security.ProcessInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares what people may send to {@code ArticleReview} ({@link ArticleReviewProcess#INPUTS}). */
@Configuration(proxyBeanMethods = false)
class ReviewInputs {

  @Bean
  ProcessInputs articleReviewInputs() {
    return ArticleReviewProcess.INPUTS;
  }
}
