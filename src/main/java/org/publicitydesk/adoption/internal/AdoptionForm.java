package org.publicitydesk.adoption.internal;

import java.util.List;
import java.util.Optional;
import org.publicitydesk.adoption.Adoption;
import org.publicitydesk.adoption.Adoptions;
import org.publicitydesk.documents.Markdown;
import org.springframework.stereotype.Component;

/**
 * What {@code forms/record-adoption.html} shows: the catalogue as select options ({@code mediaOptions}) and the
 * adoptions recorded so far with their points, the counted one marked (R6). Read when the form opens
 * ({@code GET /api/tasks/{taskId}/adoption-form}), not stored in the process at every round (issue 17).
 */
@Component
class AdoptionForm {

  /** One option of the form's media list: the label shown, the catalogue name sent. */
  record MediaOption(String label, String value) {
  }

  /** The form's content: active outlets by level and name, and the adoptions so far (Markdown). */
  record View(List<MediaOption> mediaOptions, String adoptionSummary) {
  }

  private final Adoptions adoptions;
  private final MediaOutletRepository outlets;

  AdoptionForm(Adoptions adoptions, MediaOutletRepository outlets) {
    this.adoptions = adoptions;
    this.outlets = outlets;
  }

  View view(long articleId) {
    List<MediaOption> options = outlets.findAllByOrderByLevelAscNameAsc().stream().filter(o -> o.active)
        .map(o -> new MediaOption(o.name + "(" + o.level.label() + o.kind.label() + ")", o.name)).toList();
    return new View(options, summary(articleId));
  }

  String summary(long articleId) {
    List<Adoption> all = adoptions.of(articleId);
    if (all.isEmpty()) {
      return "(尚未登记采用)";
    }
    Optional<Adoption> counted = adoptions.counted(articleId);
    StringBuilder md = new StringBuilder();
    for (Adoption a : all) {
      boolean isCounted = counted.isPresent() && counted.get().id() == a.id();
      md.append("- ").append(a.publishedOn()).append(" ").append(Markdown.escape(a.mediaName())).append(":")
          .append(a.describe()).append(",共 ").append(a.points().total()).append(" 分")
          .append(isCounted ? " **(计分:R6 取最高级别媒体)**" : "").append("\n");
    }
    return md.toString();
  }
}
