package org.publicitydesk.meetings.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.documents.DocumentRejected;
import org.publicitydesk.documents.Documents;
import org.publicitydesk.documents.StoredDocument;
import org.publicitydesk.documents.Upload;
import org.publicitydesk.meetings.MeetingKind;
import org.publicitydesk.meetings.Meetings;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.security.FormValues;
import org.publicitydesk.security.RequestRefused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Records meetings and training sessions (R12) with their attendees, minutes and materials; every check is here, the
 * caller's role is checked by {@link MeetingController}. Materials are documents of the document store, checked by
 * their content (.docx like an article, a real PDF, a real .pptx).
 */
@Service
@Transactional
class MeetingService implements Meetings {

  private static final int MAX_TOPIC = 200;
  private static final int MAX_ORGANISER = 100;
  private static final int MAX_MINUTES = 20_000;
  private static final int MAX_ATTENDEES = 500;
  private static final int MAX_MATERIALS = 20;

  private final MeetingRepository meetings;
  private final OrganizationDirectory directory;
  private final Documents documents;
  private final BusinessClock clock;

  MeetingService(MeetingRepository meetings, OrganizationDirectory directory, Documents documents, BusinessClock clock) {
    this.meetings = meetings;
    this.directory = directory;
    this.documents = documents;
    this.clock = clock;
  }

  record NewMeeting(MeetingKind kind, LocalDate date, String topic, String organiser, List<String> attendees,
      String minutes) {
  }

  MeetingEntity record(NewMeeting in, String recordedBy) {
    if (in.kind() == null) {
      throw bad("kind 类型", "请选择 MEETING(信息员例会)或 TRAINING(业务培训)");
    }
    if (in.date() == null) {
      throw bad("date 日期", "请填写举行日期(YYYY-MM-DD)");
    }
    if (in.date().getYear() < 2000 || in.date().isAfter(clock.today())) {
      throw bad("date 日期", in.date() + " 不在 2000 年至今天之间;只登记已经举行的例会和培训");
    }
    MeetingEntity m = new MeetingEntity();
    m.kind = in.kind();
    m.heldOn = in.date();
    m.topic = FormValues.text(in.topic(), "topic 主题", MAX_TOPIC, true);
    m.organiser = FormValues.text(in.organiser(), "organiser 组织者", MAX_ORGANISER, true);
    m.minutes = FormValues.text(in.minutes(), "minutes 会议纪要", MAX_MINUTES, false);
    m.attendees.addAll(attendees(in.attendees()));
    m.recordedBy = recordedBy;
    m.recordedAt = clock.now().toInstant();
    return meetings.save(m);
  }

  StoredDocument addMaterial(long meetingId, Upload upload, String user) {
    MeetingEntity m = meetings.findById(meetingId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "例会或培训 " + meetingId + " 不存在"));
    if (m.materials.size() >= MAX_MATERIALS) {
      throw bad("file 材料", "每次例会或培训最多 " + MAX_MATERIALS + " 份材料");
    }
    StoredDocument stored;
    try {
      stored = documents.storeMaterial(upload, user);
    } catch (DocumentRejected e) {
      throw bad(e.field() + " 材料", e.getMessage());
    }
    m.materials.add(stored.id());
    return stored;
  }

  @Override
  @Transactional(readOnly = true)
  public List<HeldMeeting> heldIn(int year) {
    return meetings.findByHeldOnBetweenOrderByHeldOnAscIdAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .stream().map(m -> new HeldMeeting(m.id, m.kind, m.heldOn, m.topic, m.organiser, m.attendees.size(),
            m.materials.size())).toList();
  }

  /** Everybody must be in the organisation as loaded; named once. */
  private Set<String> attendees(List<String> ids) {
    Set<String> people = new LinkedHashSet<>();
    for (String id : ids == null ? List.<String>of() : ids) {
      if (id == null || id.isBlank()) {
        continue;
      }
      String person = id.strip();
      if (directory.person(person).isEmpty()) {
        throw bad("attendees 参会人员", person + " 不在组织机构中");
      }
      people.add(person);
    }
    if (people.isEmpty()) {
      throw bad("attendees 参会人员", "请至少填写一位参会人员(组织机构中的账号)");
    }
    if (people.size() > MAX_ATTENDEES) {
      throw bad("attendees 参会人员", "最多 " + MAX_ATTENDEES + " 人");
    }
    return people;
  }

  private static RequestRefused bad(String field, String message) {
    return RequestRefused.field(field, message);
  }
}
