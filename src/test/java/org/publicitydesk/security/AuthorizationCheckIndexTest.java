package org.publicitydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda's check whether one of the user's groups holds a grant on a resource is planned as an index look-up on
 * resource id and type, however few grants the table held when it was planned ({@link AuthorizationCheckIndex}).
 */
@PublicityDeskTest
class AuthorizationCheckIndexTest {

  /** The group part of Camunda's {@code isUserAuthorizedForResource} (Authorization.xml), as H2 receives it. */
  private static final String GROUP_GRANT = "select case when exists (select A.RESOURCE_ID_ from ACT_RU_AUTHORIZATION A"
      + " where A.TYPE_ = 1 and A.GROUP_ID_ in ('unit-economy', 'unit-economy-head', 'unit-heads', 'staff')"
      + " and BITAND(A.PERMS_, 2) = 2 and A.RESOURCE_TYPE_ = 4 and A.RESOURCE_ID_ = '%s') then 1 else 0 end";

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aGroupGrantOnATaskOrOnAllTasksIsLookedUpByResource() {
    assertThat(jdbc.queryForList("select index_name from information_schema.indexes where table_name = 'ACT_RU_AUTHORIZATION'",
        String.class)).contains(AuthorizationCheckIndex.NAME);
    for (String resource : new String[] {"*", "4f0c2a9e-0000-0000-0000-000000000000"}) {
      String plan = jdbc.queryForObject("explain " + GROUP_GRANT.formatted(resource), String.class);
      // without the index H2 took Camunda's unique index, of which only TYPE_ = 1 narrows: every grant of the table
      assertThat(plan.replaceAll("\\s+", " ")).contains(
          AuthorizationCheckIndex.NAME + ": RESOURCE_TYPE_ = 4 AND RESOURCE_ID_ = '" + resource + "' AND TYPE_ = 1");
    }
  }
}
