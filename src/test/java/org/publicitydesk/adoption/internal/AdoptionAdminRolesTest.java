package org.publicitydesk.adoption.internal;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.publicitydesk.Callers;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.publicitydesk.security.EngineAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The role checks of the adoption module's administration without an engine: the media catalogue is kept by the
 * editorial office and administrators (R4 media levels), the points table (R4) is replaced by administrators only.
 */
@WebMvcTest({MediaCatalogController.class, PointsTableController.class})
@ContextConfiguration(classes = {MediaCatalogController.class, PointsTableController.class, CurrentUser.class})
class AdoptionAdminRolesTest {

  private static final String OUTLET = "{\"name\": \"某某日报\", \"level\": \"CITY\", \"kind\": \"PAPER\"}";

  @Autowired
  private MockMvc mvc;
  @MockitoBean
  private IdentityService identity;
  @MockitoBean
  private MediaOutletRepository outlets;
  @MockitoBean
  private PointsTable table;
  @MockitoBean
  private RepositoryService repository;
  @MockitoBean
  private EngineAccess access;

  @Test
  void aUnitHeadMayNotChangeTheMediaCatalogue() throws Exception {
    // given
    Callers.as(identity, "head-economy", Groups.unit("economy"), Groups.unitHead("economy"));
    // when / then
    mvc.perform(post("/api/media").contentType(MediaType.APPLICATION_JSON).content(OUTLET))
        .andExpect(status().isForbidden());
    verifyNoInteractions(outlets);
  }

  @Test
  void theEditorialOfficeMayNotReplaceThePointsTable() throws Exception {
    // given
    Callers.as(identity, "editor-liu", Groups.EDITORIAL);
    // when / then
    mvc.perform(put("/api/points-table/2026").contentType(MediaType.APPLICATION_XML).content("<definitions/>"))
        .andExpect(status().isForbidden());
    verifyNoInteractions(repository, access);
  }
}
