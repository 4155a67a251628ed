package org.publicitydesk.workspace;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description of {@code /api} (springdoc, browsable at /swagger-ui/index.html): HTTP Basic, Chinese titles. */
@Configuration
class ApiDocumentation {

  @Bean
  OpenAPI publicityDeskApi() {
    return new OpenAPI()
        .info(new Info().title("宣传信息报送与考核 API (Publicity Desk)").version("1")
            .description("应用接口:单位、积分、台账、结算、通报与导入。所有接口均需 HTTP Basic 认证(与任务列表同一账号)。"
                + " 错误以 RFC 9457 problem details 返回。Camunda 引擎接口见 /engine-rest。"))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
