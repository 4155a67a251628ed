package org.publicitydesk.imports.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.publicitydesk.Callers;
import org.publicitydesk.calendar.BusinessClock;
import org.publicitydesk.organization.Groups;
import org.publicitydesk.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The role check of {@code POST /api/import} (contract) without an engine: editorial office and administrators. */
@WebMvcTest(ImportController.class)
@ContextConfiguration(classes = {ImportController.class, CurrentUser.class})
class ImportControllerRolesTest {

  private static final String FILE = "{\"articles\": [], \"opinionReports\": []}";

  @Autowired
  private MockMvc mvc;
  @MockitoBean
  private IdentityService identity;
  @MockitoBean
  private ImportService imports;
  @MockitoBean
  private BusinessClock clock;

  @Test
  void informantsAndLeadersDoNotImport() throws Exception {
    for (String[] caller : new String[][] {{"inf-economy", Groups.unit("economy")},
        {"principal-zhang", Groups.PRINCIPALS}}) {
      // given
      Callers.as(identity, caller[0], caller[1]);
      // when / then
      mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content(FILE))
          .andExpect(status().isForbidden());
    }
    verifyNoInteractions(imports);
  }

  @Test
  void theEditorialOfficeImportsAsItself() throws Exception {
    // given
    Callers.as(identity, "editor-liu", Groups.EDITORIAL);
    // when / then
    mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content(FILE)).andExpect(status().isOk());
    verify(imports).importAll(any(), eq("editor-liu"));
  }
}
