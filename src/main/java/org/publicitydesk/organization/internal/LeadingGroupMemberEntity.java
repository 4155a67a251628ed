package org.publicitydesk.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's place in the leading group or its office (R12), in the order of the organisation file. */
@Entity
@Table(name = "pd_leading_group_member")
class LeadingGroupMemberEntity {

  enum Position { LEADER, DEPUTY, MEMBER, DIRECTOR, STAFF }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;
  String personId;
  @Enumerated(EnumType.STRING)
  Position position;
  int sortOrder;
}
