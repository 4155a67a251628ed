package org.publicitydesk.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single row naming the subdistrict, its issuing office (for circulars) and where it was loaded from. */
@Entity
@Table(name = "pd_subdistrict")
class SubdistrictEntity {

  static final int ID = 1;

  @Id
  int id = ID;
  String name;
  String issuingOffice;
  String source;
  Instant loadedAt;
  /** The leading group (R12); null when the organisation file has none. */
  String leadingGroupName;
  String leadingOfficeName;
  /** {@code editorial} or a unit code. */
  String leadingOfficeUnit;
}
