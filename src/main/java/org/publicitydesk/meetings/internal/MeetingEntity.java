package org.publicitydesk.meetings.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.publicitydesk.meetings.MeetingKind;

/** A meeting or training session as recorded by the editorial office (R12), with its attendees and materials. */
@Entity
@Table(name = "pd_meeting")
class MeetingEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  @Enumerated(EnumType.STRING)
  MeetingKind kind;
  LocalDate heldOn;
  String topic;
  String organiser;
  String minutes;
  String recordedBy;
  Instant recordedAt;

  @ElementCollection
  @CollectionTable(name = "pd_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "person_id")
  Set<String> attendees = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "pd_meeting_material", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "document_id")
  Set<String> materials = new TreeSet<>();
}
