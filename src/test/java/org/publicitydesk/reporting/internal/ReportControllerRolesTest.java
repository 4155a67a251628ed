package org.publicitydesk.reporting.internal;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.publicitydesk.Callers;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The role check of the circular (R11.1) and the year-end assessment (R11.3) without an engine: only the editorial
 * office, the principal leaders and administrators download them; nobody else makes the figures be computed.
 */
@WebMvcTest(ReportController.class)
@ContextConfiguration(classes = {ReportController.class, CurrentUser.class})
class ReportControllerRolesTest {

  @Autowired
  private MockMvc mvc;
  @MockitoBean
  private IdentityService identity;
  @MockitoBean
  private ReportFigures figures;

  @Test
  void unitsAndSupervisorsDoNotGetTheReports() throws Exception {
    // given an informant, a unit head and a supervising leader
    for (String[] caller : new String[][] {{"inf-economy", Groups.unit("economy"), Groups.INFORMANTS},
        {"head-economy", Groups.unitHead("economy"), Groups.UNIT_HEADS},
        {"sup-wang", Groups.unitSupervisor("economy"), Groups.SUPERVISORS}}) {
      Callers.as(identity, caller[0], caller[1], caller[2]);
      // when / then
      mvc.perform(get("/api/reports/circular?year=2025&quarter=1")).andExpect(status().isForbidden());
      mvc.perform(get("/api/reports/annual?year=2025&format=xlsx")).andExpect(status().isForbidden());
    }
    verifyNoInteractions(figures);
  }

  @Test
  void theRoleCheckComesBeforeTheParameters() throws Exception {
    // given
    Callers.as(identity, "inf-economy", Groups.unit("economy"));
    // when / then: no hint about valid parameters for someone who may not ask
    mvc.perform(get("/api/reports/circular?year=abc")).andExpect(status().isForbidden());
  }
}
