package org.publicitydesk.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.publicitydesk.organization.Role;

/** A person's role in a unit (informant or head), with the dates it held it (R2 counts only in between). */
@Entity
@Table(name = "pd_membership")
class MembershipEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  String personId;
  String unitCode;
  @Enumerated(EnumType.STRING)
  Role role;
  LocalDate since;
  LocalDate until;
}
