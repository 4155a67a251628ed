package org.publicitydesk.review;

/** Subject category of an article (contract). */
public enum Category {
  AREA_DEVELOPMENT("片区开发"),
  BRAND("品牌建设"),
  INNOVATION("创新工作"),
  HIGHLIGHT("亮点特色"),
  OTHER("其他动态");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
