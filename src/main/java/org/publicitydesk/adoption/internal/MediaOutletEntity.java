package org.publicitydesk.adoption.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.publicitydesk.adoption.MediaKind;
import org.publicitydesk.adoption.MediaLevel;

/** An outlet of the media catalogue; retired outlets stay (inactive) so that past adoptions keep their names. */
@Entity
@Table(name = "pd_media_outlet")
class MediaOutletEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  String name;
  @Enumerated(EnumType.STRING)
  MediaLevel level;
  @Enumerated(EnumType.STRING)
  MediaKind kind;
  boolean active;
  String note;
}
