package org.publicitydesk.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.publicitydesk.PublicityDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory keeps what it read of the organisation until the organisation's version ({@code pd_subdistrict.loaded_at},
 * set by every load) changes — also when another node of a cluster changed it: each transaction asks for the version.
 */
@PublicityDeskTest
class OrganizationDirectoryVersionTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Autowired
  OrganizationDirectory directory;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transaction;

  @AfterEach
  void restore() {
    jdbc.update("update pd_membership set until = null where person_id = 'inf-economy-2' and unit_code = 'economy'");
    newVersion();
  }

  @Test
  void aChangeOfTheOrganisationIsSeenByTheNextTransaction() {
    // given: read and kept
    assertThat(directory.unit("economy").orElseThrow().informantsOn(DAY)).containsExactly("inf-economy",
        "inf-economy-2");
    assertThat(directory.informantUnits("inf-economy-2", DAY)).containsExactly("economy");
    // when: another node loads an organisation in which inf-economy-2 left economy at the end of February
    jdbc.update("update pd_membership set until = date '2026-02-28' where person_id = 'inf-economy-2'"
        + " and unit_code = 'economy'");
    newVersion();
    // then
    assertThat(directory.unit("economy").orElseThrow().informantsOn(DAY)).containsExactly("inf-economy");
    assertThat(directory.units()).filteredOn(u -> u.code().equals("economy")).singleElement()
        .satisfies(u -> assertThat(u.informantsOn(DAY)).containsExactly("inf-economy"));
    assertThat(directory.informantUnits("inf-economy-2", DAY)).isEmpty();
    assertThat(directory.informantUnits("inf-economy-2", LocalDate.of(2026, 2, 28))).containsExactly("economy");
  }

  @Test
  void whatWasReadIsKeptWhileTheVersionStaysTheSame() {
    // given
    assertThat(directory.unit("economy").orElseThrow().informantsOn(DAY)).contains("inf-economy-2");
    assertThat(directory.informantUnits("inf-economy-2", DAY)).containsExactly("economy");
    // when: the tables change behind the directory's back, without a new version (nothing in the application does so)
    jdbc.update("update pd_membership set until = date '2026-02-28' where person_id = 'inf-economy-2'"
        + " and unit_code = 'economy'");
    // then: the unit as read at this version, not a query per question
    assertThat(directory.unit("economy").orElseThrow().informantsOn(DAY)).contains("inf-economy-2");
    assertThat(directory.informantUnits("inf-economy-2", DAY)).containsExactly("economy");
  }

  @Test
  void aTransactionSeesOneVersionThroughout() {
    transaction.executeWithoutResult(status -> {
      assertThat(directory.unit("economy").orElseThrow().informantsOn(DAY)).contains("inf-economy-2");
      jdbc.update("update pd_membership set until = date '2026-02-28' where person_id = 'inf-economy-2'"
          + " and unit_code = 'economy'");
      newVersion();
      assertThat(directory.unit("economy").orElseThrow().informantsOn(DAY)).contains("inf-economy-2");
    });
    assertThat(directory.unit("economy").orElseThrow().informantsOn(DAY)).containsExactly("inf-economy");
  }

  private void newVersion() {
    jdbc.update("update pd_subdistrict set loaded_at = dateadd('MILLISECOND', 1, loaded_at)");
  }
}
