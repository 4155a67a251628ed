package org.publicitydesk.review;

/** Item class of an article, which decides its review chain (R1.1–R1.3, table ReviewRouting.dmn). */
public enum ItemClass {
  ORDINARY("一般性稿件", "单位负责人审核后报政工科"),
  MAJOR("重大活动、特色工作、品牌建设", "单位负责人审核后,再由分管领导审核"),
  LEADERSHIP("主要决策、重要会议、重要活动、全面工作评价或重要评论", "单位负责人、分管领导审核后,再由街道主要领导审核");

  private final String label;
  private final String chain;

  ItemClass(String label, String chain) {
    this.label = label;
    this.chain = chain;
  }

  public String label() {
    return label;
  }

  public String chain() {
    return chain;
  }
}
