package org.publicitydesk.adoption.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.publicitydesk.adoption.Adoption;
import org.publicitydesk.adoption.Adoptions;
import org.publicitydesk.adoption.RecordAdoptionTask;
import org.publicitydesk.documents.Markdown;
import org.springframework.stereotype.Component;

/**
 * What {@code forms/record-adoption.html} shows: the catalogue as select options ({@code mediaOptions}) and the
 * adoptions recorded so far with their points, the counted one marked (R6).
 */
@Component
class AdoptionForm {

  private final Adoptions adoptions;
  private final MediaOutletRepository outlets;

  AdoptionForm(Adoptions adoptions, MediaOutletRepository outlets) {
    this.adoptions = adoptions;
    this.outlets = outlets;
  }

  Map<String, Object> variables(long articleId) {
    StringBuilder json = new StringBuilder("[");
    outlets.findAllByOrderByLevelAscNameAsc().stream().filter(o -> o.active).forEach(o -> {
      if (json.length() > 1) {
        json.append(',');
      }
      String label = o.name + "(" + o.level.label() + o.kind.label() + ")";
      json.append("{\"label\":").append(quote(label)).append(",\"value\":").append(quote(o.name)).append('}');
    });
    json.append(']');
    return Map.of(RecordAdoptionTask.MEDIA_OPTIONS, SpinValues.jsonValue(json.toString()).create(),
        RecordAdoptionTask.ADOPTION_SUMMARY, Variables.stringValue(summary(articleId)));
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

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
