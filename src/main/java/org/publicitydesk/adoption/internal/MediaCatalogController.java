package org.publicitydesk.adoption.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.publicitydesk.adoption.MediaKind;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/media}: the media catalogue. Everybody reads it; the editorial office and administrators add outlets,
 * rename them, change their level or retire them ({@code active=false}).
 */
@RestController
class MediaCatalogController {

  private final MediaOutletRepository outlets;
  private final CurrentUser user;

  MediaCatalogController(MediaOutletRepository outlets, CurrentUser user) {
    this.outlets = outlets;
    this.user = user;
  }

  record MediaOutlet(Long id, String name, MediaLevel level, String levelLabel, MediaKind kind, String kindLabel,
      boolean active, String note) {
  }

  record MediaOutletInput(@NotBlank(message = "请填写媒体名称") @Size(max = 100, message = "媒体名称最多 100 字") String name,
      @NotNull(message = "请选择媒体级别:NATIONAL、PROVINCIAL、CITY、DISTRICT") MediaLevel level,
      @NotNull(message = "请选择媒体类型:TV、PAPER、ONLINE、RADIO、NEW_MEDIA") MediaKind kind,
      Boolean active, @Size(max = 200, message = "备注最多 200 字") String note) {
  }

  @GetMapping("/api/media")
  List<MediaOutlet> all() {
    return outlets.findAllByOrderByLevelAscNameAsc().stream().map(MediaCatalogController::view).toList();
  }

  @PostMapping("/api/media")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  MediaOutlet add(@Valid @RequestBody MediaOutletInput input) {
    requireEditor();
    if (outlets.findByName(input.name().strip()).isPresent()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "媒体“" + input.name().strip() + "”已在目录中");
    }
    return view(outlets.save(apply(new MediaOutletEntity(), input)));
  }

  @PutMapping("/api/media/{id}")
  @Transactional
  MediaOutlet change(@PathVariable long id, @Valid @RequestBody MediaOutletInput input) {
    requireEditor();
    MediaOutletEntity outlet = outlets.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "媒体 " + id + " 不存在"));
    outlets.findByName(input.name().strip()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "媒体“" + input.name().strip() + "”已在目录中");
    });
    return view(apply(outlet, input));
  }

  private void requireEditor() {
    user.requireAny("只有政工科和系统管理员可以维护媒体目录", Groups.EDITORIAL, Groups.ADMIN);
  }

  private static MediaOutletEntity apply(MediaOutletEntity outlet, MediaOutletInput input) {
    outlet.name = input.name().strip();
    outlet.level = input.level();
    outlet.kind = input.kind();
    outlet.active = input.active() == null || input.active();
    outlet.note = input.note();
    return outlet;
  }

  private static MediaOutlet view(MediaOutletEntity o) {
    return new MediaOutlet(o.id, o.name, o.level, o.level.label(), o.kind, o.kind.label(), o.active, o.note);
  }
}
