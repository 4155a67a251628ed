package org.publicitydesk.imports;

import java.util.List;

/** The file was refused whole; each error names the row and the field ({@code articles[3].unitCode: …}). */
public class ImportRejected extends RuntimeException {

  private final List<String> errors;

  public ImportRejected(List<String> errors) {
    super("导入文件有 " + errors.size() + " 处错误,未导入任何记录:" + String.join(";", errors.subList(0, Math.min(5, errors.size())))
        + (errors.size() > 5 ? "……" : ""));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
