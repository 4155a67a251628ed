package org.publicitydesk.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The part of a title a Tasklist card shows first (issue 15): without the usual 单位+日期+工作信息 prefix. */
class TitleGistTest {

  @Test
  void theConventionalPrefixIsLeftOut() {
    assertThat(ArticleSummary.gist("经济发展办公室3月2日工作信息:项目签约 3 亿元")).isEqualTo("项目签约 3 亿元");
    assertThat(ArticleSummary.gist("经济发展办公室2026年3月3日工作信息(浏览器验收)")).isEqualTo("浏览器验收");
    assertThat(ArticleSummary.gist("东风社区 2026年 3月 5日 信息——老旧小区加装电梯")).isEqualTo("老旧小区加装电梯");
    assertThat(ArticleSummary.gist("经济发展办公室工作信息:批量审批一")).isEqualTo("批量审批一");
    assertThat(ArticleSummary.gist("东风社区工作动态——夜市开张")).isEqualTo("夜市开张");
  }

  @Test
  void aTitleWithoutThePrefixOrWithNothingAfterItStaysWhole() {
    assertThat(ArticleSummary.gist("我街道召开片区开发推进会")).isEqualTo("我街道召开片区开发推进会");
    assertThat(ArticleSummary.gist("经济发展办公室2026年1月5日工作信息")).isEqualTo("经济发展办公室2026年1月5日工作信息");
    assertThat(ArticleSummary.gist(null)).isEmpty();
  }
}
