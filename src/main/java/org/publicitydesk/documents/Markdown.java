package org.publicitydesk.documents;

/** User text inside the Markdown that Tasklist forms render: HTML and Markdown characters are shown, never obeyed. */
public final class Markdown {

  private Markdown() {
  }

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '*', '_', '[', ']', '`', '#', '|', '\\', '(', ')', '!', '{', '}' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
