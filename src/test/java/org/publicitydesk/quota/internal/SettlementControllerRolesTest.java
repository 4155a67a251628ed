package org.publicitydesk.quota.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.publicitydesk.Callers;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.organization.OrganizationDirectory.UnitInfo;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.UnitKind;
import org.publicitydesk.quota.Settlements;
import org.publicitydesk.scoring.SettleNow;
import org.publicitydesk.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The role checks of {@code /api/settlements} and {@code /api/quota/weeks} (contract) without an engine: only the
 * editorial office and administrators settle; a unit's weekly table is for the unit, its supervisor, the principal
 * leaders, the editorial office and administrators.
 */
@WebMvcTest(SettlementController.class)
@ContextConfiguration(classes = {SettlementController.class, CurrentUser.class})
class SettlementControllerRolesTest {

  @Autowired
  private MockMvc mvc;
  @MockitoBean
  private IdentityService identity;
  /** Also the {@link Settlements} the controller asks (the service is that API's implementation). */
  @MockitoBean
  private SettlementService service;
  @MockitoBean
  private SettleNow settleNow;
  @MockitoBean
  private OrganizationDirectory directory;
  @MockitoBean
  private BusinessClock clock;

  @Test
  void anInformantOrAUnitHeadMayNotSettle() throws Exception {
    // given
    Callers.as(identity, "inf-economy", Groups.unit("economy"));
    // when / then
    mvc.perform(post("/api/settlements?year=2025&quarter=1")).andExpect(status().isForbidden());
    Callers.as(identity, "head-economy", Groups.unit("economy"), Groups.unitHead("economy"));
    mvc.perform(post("/api/settlements?year=2025")).andExpect(status().isForbidden());
    verifyNoInteractions(service, settleNow);
  }

  @Test
  void theEditorialOfficePreviewsAQuarter() throws Exception {
    // given
    Callers.as(identity, "editor-liu", Groups.EDITORIAL);
    when(service.quarter(2025, 1, true)).thenReturn(new Settlements.Result("2025年第1季度", true, List.of()));
    // when / then
    mvc.perform(post("/api/settlements?year=2025&quarter=1&preview=true")).andExpect(status().isOk());
    verify(service).quarter(2025, 1, true);
  }

  @Test
  void aUnitsWeeklyTableIsNotForAnotherUnit() throws Exception {
    // given
    when(directory.unit("economy")).thenReturn(Optional.of(new UnitInfo("economy", "经济发展办公室",
        UnitKind.DEPARTMENT, "sup-wang", List.of(), List.of())));
    Callers.as(identity, "inf-urban", Groups.unit("urban"));
    // when / then
    mvc.perform(get("/api/quota/weeks?unitCode=economy&year=2025&quarter=1")).andExpect(status().isForbidden());
    verifyNoInteractions(service);
    Callers.as(identity, "inf-economy", Groups.unit("economy"));
    mvc.perform(get("/api/quota/weeks?unitCode=economy&year=2025&quarter=1")).andExpect(status().isOk());
    verify(service).weeks(any(), any(), any());
  }
}
