package org.publicitydesk.meetings.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.documents.StoredDocument;
import org.publicitydesk.documents.Upload;
import org.publicitydesk.meetings.MeetingKind;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.PersonInfo;
import org.publicitydesk.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET|POST /api/meetings}, {@code GET /api/meetings/{id}}, {@code POST /api/meetings/{id}/materials} and the
 * download of a material (R12). The editorial office (and administrators) record; the editorial office, the principal
 * leaders and administrators read all; everybody else the sessions they attended.
 */
@RestController
@Tag(name = "例会与培训", description = "信息员例会和业务培训的登记(R12,只登记不计分)")
class MeetingController {

  private final MeetingService service;
  private final MeetingRepository meetings;
  private final Documents documents;
  private final OrganizationDirectory directory;
  private final CurrentUser user;

  MeetingController(MeetingService service, MeetingRepository meetings, Documents documents,
      OrganizationDirectory directory, CurrentUser user) {
    this.service = service;
    this.meetings = meetings;
    this.documents = documents;
    this.directory = directory;
    this.user = user;
  }

  record Person(String id, String name) {
  }

  record Material(String id, String filename, String contentType, long sizeBytes, String url) {
  }

  record MeetingView(long id, MeetingKind kind, String kindLabel, LocalDate date, String topic, String organiser,
      List<Person> attendees, int attendeeCount, String minutes, List<Material> materials, String recordedBy,
      Instant recordedAt) {
  }

  @Operation(summary = "例会与培训列表",
      description = "政工科、街道主要领导和管理员看到全部,其他人看到自己参加的;可按年份(year)和类型(kind)筛选,最新的在前")
  @GetMapping("/api/meetings")
  @Transactional(readOnly = true)
  List<MeetingView> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) MeetingKind kind) {
    List<MeetingEntity> found = readsAll() ? meetings.findAllByOrderByHeldOnDescIdDesc() : meetings.attendedBy(user.id());
    return found.stream().filter(m -> year == null || m.heldOn.getYear() == year)
        .filter(m -> kind == null || m.kind == kind).map(this::view).toList();
  }

  @Operation(summary = "一次例会或培训", description = "参会人员、纪要和材料;无权查看时 404")
  @GetMapping("/api/meetings/{id}")
  @Transactional(readOnly = true)
  MeetingView one(@PathVariable long id) {
    return view(visible(id));
  }

  @Operation(summary = "登记例会或培训",
      description = "政工科登记:{\"kind\": \"MEETING\"|\"TRAINING\", \"date\", \"topic\", \"organiser\", \"attendees\": [账号], "
          + "\"minutes\"};参会人员须在组织机构中")
  @PostMapping("/api/meetings")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  MeetingView record(@RequestBody MeetingService.NewMeeting meeting) {
    return view(service.record(meeting, recorder()));
  }

  @Operation(summary = "上传会议材料",
      description = "multipart 字段 file:Word (.docx,与稿件同样检查)、PDF 或 PowerPoint (.pptx),按内容检查;不合格 400")
  @PostMapping(path = "/api/meetings/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Material addMaterial(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
    String recorder = recorder();
    StoredDocument d = service.addMaterial(id, new Upload("file", file.getOriginalFilename(), file.getContentType(),
        file.getBytes()), recorder);
    return material(id, d);
  }

  @Operation(summary = "下载会议材料", description = "能查看该次例会或培训的人可以下载")
  @GetMapping("/api/meetings/{id}/materials/{documentId}")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String documentId) {
    MeetingEntity m = visible(id);
    StoredDocument d = m.materials.contains(documentId) ? documents.find(documentId).orElse(null) : null;
    if (d == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "材料 " + documentId + " 不存在");
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(d.filename(), StandardCharsets.UTF_8).build().toString())
        .body(documents.content(documentId));
  }

  private MeetingEntity visible(long id) {
    return meetings.findById(id).filter(m -> readsAll() || m.attendees.contains(user.id()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "例会或培训 " + id + " 不存在或您无权查看"));
  }

  private boolean readsAll() {
    return user.isInAny(Groups.EDITORIAL, Groups.PRINCIPALS, Groups.ADMIN);
  }

  private String recorder() {
    return user.requireAny("只有政工科可以登记例会和培训", Groups.EDITORIAL, Groups.ADMIN);
  }

  private MeetingView view(MeetingEntity m) {
    List<Person> attendees = m.attendees.stream()
        .map(id -> new Person(id, directory.person(id).map(PersonInfo::name).orElse(id))).toList();
    List<Material> materials = m.materials.stream().flatMap(id -> documents.find(id).stream())
        .map(d -> material(m.id, d)).toList();
    return new MeetingView(m.id, m.kind, m.kind.label(), m.heldOn, m.topic, m.organiser, attendees, attendees.size(),
        m.minutes, materials, m.recordedBy, m.recordedAt);
  }

  private static Material material(long meetingId, StoredDocument d) {
    return new Material(d.id(), d.filename(), d.contentType(), d.sizeBytes(),
        "/api/meetings/" + meetingId + "/materials/" + d.id());
  }
}
