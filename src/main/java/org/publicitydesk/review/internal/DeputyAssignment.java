package org.publicitydesk.review.internal;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.publicitydesk.security.UnitAccess;
import org.springframework.stereotype.Component;

/**
 * Creation of a review task (issue 16, 代理): when every candidate of the task is away with a deputy named for today,
 * the task goes to the deputy of the first of them — unless that deputy already approved the article at another level
 * (one person, one level); then it stays with the group.
 */
@Component
class DeputyAssignment implements TaskListener {

  private final Deputies deputies;
  private final ArticleService articles;
  private final UnitAccess access;

  DeputyAssignment(Deputies deputies, ArticleService articles, UnitAccess access) {
    this.deputies = deputies;
    this.articles = articles;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null || !deputies.anyActive()) {
      return;
    }
    List<String> candidates = task.getCandidates().stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).flatMap(g -> deputies.members(g).stream()).distinct().sorted().toList();
    if (candidates.isEmpty() || candidates.stream().anyMatch(c -> deputies.activeFor(c).isEmpty())) {
      return;
    }
    String absent = candidates.get(0);
    Optional<String> deputy = deputies.activeFor(absent);
    ArticleEntity article = articles.byInstance(task.getProcessInstanceId());
    if (deputy.isEmpty() || articles.approvedAtAnotherLevel(article, deputy.get(), task.getTaskDefinitionKey())) {
      return;
    }
    task.setAssignee(deputy.get());
    deputies.markTask(task.getId(), absent, deputy.get());
    access.grantToUser(task, deputy.get());
  }
}
