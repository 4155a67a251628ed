package org.publicitydesk.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.publicitydesk.organization.UnitKind;

/** A unit (单位) as last loaded; units dropped from the file stay inactive so that history keeps its names. */
@Entity
@Table(name = "pd_unit")
class UnitEntity {

  @Id
  String code;
  String name;
  @Enumerated(EnumType.STRING)
  UnitKind kind;
  String supervisorId;
  int position;
  boolean active;
}
