package org.publicitydesk.documents;

/**
 * Text for a cell of a spreadsheet the application writes (.xlsx, .csv): a value that a spreadsheet program would
 * take for a formula — it starts with {@code = + - @}, their full-width forms, a tab or a carriage return — gets a
 * leading apostrophe, so that a title like {@code =HYPERLINK("http://…")} stays text when someone opens or edits the
 * file (CSV/Excel injection, OWASP). Every text cell of every generated workbook goes through {@link #safe(String)}.
 */
public final class SpreadsheetText {

  private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

  private SpreadsheetText() {
  }

  /** The text itself, or with a leading apostrophe when it could start a formula; null stays null. */
  public static String safe(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }

  /**
   * Whether a spreadsheet program would take the text for a formula. Writers that can style a cell mark such text as
   * quote-prefixed (Excel's own "text" apostrophe) instead of changing it.
   */
  public static boolean looksLikeFormula(String text) {
    return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
  }
}
