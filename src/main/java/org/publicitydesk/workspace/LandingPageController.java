package org.publicitydesk.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.publicitydesk.organization.OrganizationDirectory;
import org.publicitydesk.organization.OrganizationDirectory.LeadingGroup;
import org.publicitydesk.organization.OrganizationDirectory.Named;
import org.publicitydesk.organization.OrganizationDirectory.Office;
import org.publicitydesk.organization.OrganizationDirectory.PersonInfo;
import org.publicitydesk.organization.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The landing page {@code /}: what the system is, links to the apps, and in the demo set-up the sample logins. */
@RestController
class LandingPageController {

  private final OrganizationDirectory directory;
  private final boolean showDemoLogins;
  private final String template;

  LandingPageController(OrganizationDirectory directory,
      @Value("${publicity.organization.show-demo-logins:false}") boolean showDemoLogins) throws IOException {
    this.directory = directory;
    this.showDemoLogins = showDemoLogins;
    this.template = new ClassPathResource("workspace/landing.html").getContentAsString(StandardCharsets.UTF_8);
  }

  /** A browser whose first language is Chinese sees Chinese only; others get the English lines as well. */
  @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String landing(@org.springframework.web.bind.annotation.RequestHeader(value = "Accept-Language", required = false)
      String languages) {
    boolean chinese = languages != null && languages.strip().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    String page = !chinese ? template : template.replace("<html lang=\"zh-CN\">", "<html lang=\"zh-CN\" class=\"zh\">")
        .replace("<title>宣传信息报送与考核 · Publicity Desk</title>", "<title>宣传信息报送与考核</title>");
    return page
        .replace("{{subdistrict}}", HtmlUtils.htmlEscape(directory.subdistrictName()))
        .replace("{{leadingGroup}}", directory.leadingGroup().map(LandingPageController::leadingGroup).orElse(""))
        .replace("{{demoLogins}}", showDemoLogins ? demoLogins() : "");
  }

  /** R12: the leading group and its office, as the organisation file names them. */
  private static String leadingGroup(LeadingGroup group) {
    StringBuilder rows = new StringBuilder();
    rows.append(groupRow("组长", group.leader() == null ? List.of() : List.of(group.leader())));
    rows.append(groupRow("副组长", group.deputyLeaders()));
    rows.append(groupRow("成员", group.members()));
    Office office = group.office();
    String officeText = "";
    if (office != null) {
      officeText = "<p>%s设在%s,负责日常工作。</p>\n    <table>\n%s%s    </table>".formatted(
          HtmlUtils.htmlEscape(office.name()), HtmlUtils.htmlEscape(office.unitName()),
          groupRow("办公室主任", office.director() == null ? List.of() : List.of(office.director())),
          groupRow("工作人员", office.staff()));
    }
    return """
        <section>
          <h2>%s <span class="en">Leading group</span></h2>
          <table>
        %s    </table>
          %s
        </section>""".formatted(HtmlUtils.htmlEscape(group.name()), rows, officeText);
  }

  private static String groupRow(String position, List<Named> people) {
    if (people.isEmpty()) {
      return "";
    }
    String names = people.stream().map(p -> HtmlUtils.htmlEscape(p.name())).collect(Collectors.joining("、"));
    return "      <tr><th>%s</th><td>%s</td></tr>\n".formatted(position, names);
  }

  private String demoLogins() {
    String rows = directory.people().stream().map(this::row).collect(Collectors.joining("\n"));
    return """
        <section>
          <h2>演示账号 <span class="en">Sample logins (demo set-up only)</span></h2>
          <p>所有演示账号的密码均为 <code>demo</code>。管理员:<code>admin</code> / <code>demo</code>。</p>
          <table>
            <tr><th>账号</th><th>姓名</th><th>角色</th><th>单位</th></tr>
        %s
          </table>
        </section>""".formatted(rows);
  }

  private String row(PersonInfo person) {
    String roles = person.roles().stream().map(Role::label).collect(Collectors.joining("、"));
    String units = person.units().stream()
        .map(code -> directory.unit(code).map(OrganizationDirectory.UnitInfo::name).orElse(code))
        .collect(Collectors.joining("、"));
    return "    <tr><td><code>%s</code></td><td>%s</td><td>%s</td><td>%s</td></tr>".formatted(
        HtmlUtils.htmlEscape(person.id()), HtmlUtils.htmlEscape(person.name()), roles, HtmlUtils.htmlEscape(units));
  }
}
