package org.publicitydesk.organization;

/**
 * Camunda group ids, the one place where they are spelled. Role groups hold everybody with that role;
 * unit groups are per unit and serve as candidate groups and for instance visibility.
 */
public final class Groups {

  /** Everybody in the organisation file: may use Tasklist and see the directory of names. */
  public static final String STAFF = "staff";
  public static final String INFORMANTS = "informants";
  public static final String UNIT_HEADS = "unit-heads";
  public static final String SUPERVISORS = "supervisors";
  public static final String PRINCIPALS = "principals";
  public static final String EDITORIAL = "editorial";
  /** Camunda's administrator group (created by the starter's admin-user). */
  public static final String ADMIN = "camunda-admin";

  private static final String UNIT_PREFIX = "unit-";

  private Groups() {
  }

  /** Informants and the head of a unit: they see the unit's instances and tasks. */
  public static String unit(String unitCode) {
    return UNIT_PREFIX + unitCode;
  }

  /** The head(s) of a unit: candidates of the first review step (R1.1). */
  public static String unitHead(String unitCode) {
    return UNIT_PREFIX + unitCode + "-head";
  }

  /** The supervising leader of a unit: candidate of the second review step (R1.2). */
  public static String unitSupervisor(String unitCode) {
    return UNIT_PREFIX + unitCode + "-supervisor";
  }

  public static boolean isUnitGroup(String groupId) {
    return groupId.startsWith(UNIT_PREFIX);
  }
}
