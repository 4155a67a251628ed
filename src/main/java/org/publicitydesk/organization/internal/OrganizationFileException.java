package org.publicitydesk.organization.internal;

import java.util.List;

/** The organisation file is wrong; the message lists every fault with its line. Nothing is loaded. */
public class OrganizationFileException extends RuntimeException {

  private final List<String> faults;

  OrganizationFileException(String source, List<String> faults) {
    super("组织机构文件 " + source + " 有误,未加载 (organisation file rejected):\n  - "
        + String.join("\n  - ", faults));
    this.faults = List.copyOf(faults);
  }

  public List<String> faults() {
    return faults;
  }
}
