package org.publicitydesk.opinion.internal;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.publicitydesk.Callers;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.scoring.SettleNow;
import org.publicitydesk.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The role check of the monthly opinion settlement (R9.2) without an engine: editorial office and administrators. */
@WebMvcTest(OpinionSettlementController.class)
@ContextConfiguration(classes = {OpinionSettlementController.class, CurrentUser.class})
class OpinionSettlementControllerRolesTest {

  @Autowired
  private MockMvc mvc;
  @MockitoBean
  private IdentityService identity;
  @MockitoBean
  private OpinionSettlement settlement;
  @MockitoBean
  private SettleNow settleNow;

  @Test
  void aCommunityMayNotSettleItsOwnMonth() throws Exception {
    // given
    Callers.as(identity, "head-dongfeng", Groups.unit("dongfeng"), Groups.unitHead("dongfeng"));
    // when / then
    mvc.perform(post("/api/settlements?year=2025&month=3&kind=OPINION")).andExpect(status().isForbidden());
    mvc.perform(post("/api/settlements?year=2025&month=3&kind=OPINION&preview=true")).andExpect(status().isForbidden());
    verifyNoInteractions(settlement, settleNow);
  }

  @Test
  void anAdministratorPreviews() throws Exception {
    // given
    Callers.as(identity, "admin", Groups.ADMIN);
    // when / then
    mvc.perform(post("/api/settlements?year=2025&month=3&kind=OPINION&preview=true")).andExpect(status().isOk());
    verify(settlement).settle(YearMonth.of(2025, 3), true);
    verifyNoInteractions(settleNow);
  }
}
