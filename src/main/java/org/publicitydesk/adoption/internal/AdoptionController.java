package org.publicitydesk.adoption.internal;

import java.time.LocalDate;
import java.util.List;
import org.publicitydesk.adoption.Adoption;
import org.publicitydesk.adoption.AdoptionInput;
import org.publicitydesk.adoption.Adoptions;
import org.publicitydesk.adoption.Length;
import org.publicitydesk.adoption.MediaLevel;
import org.publicitydesk.adoption.Placement;
import org.publicitydesk.documents.Upload;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.publicitydesk.review.ArticleInfo;
import org.publicitydesk.review.Articles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Adoptions of an article ({@code GET /api/articles/{number}/adoptions}), and their correction or removal by the
 * editorial office with a reason ({@code PUT /api/adoptions/{id}}, {@code POST /api/adoptions/{id}/remove}); the
 * score follows.
 */
@RestController
class AdoptionController {

  private final Adoptions adoptions;
  private final Articles articles;
  private final CurrentUser user;

  AdoptionController(Adoptions adoptions, Articles articles, CurrentUser user) {
    this.adoptions = adoptions;
    this.articles = articles;
    this.user = user;
  }

  record Correction(String mediaName, MediaLevel mediaLevel, Length length, Placement placement,
      LocalDate publishedOn, String evidenceLink, String reason) {
  }

  record Removal(String reason) {
  }

  @GetMapping("/api/articles/{number}/adoptions")
  List<Adoption> of(@PathVariable String number) {
    ArticleInfo article = articles.visible(number)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "稿件 " + number + " 不存在或您无权查看"));
    return adoptions.of(article.id());
  }

  @PutMapping("/api/adoptions/{id}")
  Adoption correct(@PathVariable long id, @RequestBody Correction c) {
    return adoptions.correct(id, new AdoptionInput(c.mediaName(), c.mediaLevel(), c.length(), c.placement(),
        c.publishedOn(), c.evidenceLink()), c.reason(), editor());
  }

  @PostMapping("/api/adoptions/{id}/remove")
  void remove(@PathVariable long id, @RequestBody Removal removal) {
    adoptions.remove(id, removal.reason(), editor());
  }

  /** A screenshot (JPEG/PNG) or PDF of the page, as proof of the adoption. */
  @PostMapping(path = "/api/adoptions/{id}/evidence", consumes = "multipart/form-data")
  Adoption evidence(@PathVariable long id, @RequestParam("file") MultipartFile file) throws java.io.IOException {
    String user = editor();
    return adoptions.attachEvidence(id, new Upload("file", file.getOriginalFilename(), file.getContentType(),
        file.getBytes()), user);
  }

  private String editor() {
    return user.requireAny("只有政工科可以登记、更正或删除采用记录", Groups.EDITORIAL, Groups.ADMIN);
  }
}
