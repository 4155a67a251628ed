package org.publicitydesk.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person of the organisation file; {@code roles} is a comma-separated list of {@code Role} names. */
@Entity
@Table(name = "pd_person")
class PersonEntity {

  @Id
  String id;
  String name;
  String email;
  String roles;
  boolean active;
}
