package org.publicitydesk.meetings;

import java.time.LocalDate;
import java.util.List;

/** The meetings and training sessions, for other modules (the year-end assessment lists them, R11.3, R12). */
public interface Meetings {

  /** Every meeting and training session held in the year, oldest first. */
  List<HeldMeeting> heldIn(int year);

  /** A session as the assessment lists it: when, what, who organised it, how many attended. */
  record HeldMeeting(long id, MeetingKind kind, LocalDate date, String topic, String organiser, int attendees,
      int materials) {
  }
}
