package org.publicitydesk.e2e;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What a person does in Camunda Tasklist (7.24), by what they see on the page. */
final class Tasklist {

  private final Browser browser;

  Tasklist(Browser browser) {
    this.browser = browser;
  }

  /** 发起流程 → the process by its Chinese name; waits for its start form. */
  void openStartForm(String processName) {
    browser.click(browser.await(By.cssSelector("li.start-process-action a")));
    browser.click(browser.awaitText(".modal ul.processes a", processName));
    browser.await(By.cssSelector(".modal form[name=articleStart], .modal form.pd-form"));
  }

  /** The text of the start dialog's form. */
  String startFormText(String expected) {
    return browser.awaitText(".modal-body", expected).getText();
  }

  /** 发起 (start) in the start dialog. */
  void submitStartForm() {
    browser.click(browser.await(By.cssSelector(".modal-footer button.btn-primary")));
  }

  /** Waits for Tasklist's green notice after a start ("流程已发起。"). */
  void awaitStarted() {
    browser.awaitText(".notifications", "流程已发起");
  }

  void field(String id, String text) {
    WebElement input = browser.await(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  void upload(String inputId, Path file) {
    browser.driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
  }

  void selectByValue(String selectId, String value) {
    browser.until(d -> !d.findElements(By.cssSelector("#" + selectId + " option[value='" + value + "']")).isEmpty());
    new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id(selectId))).selectByValue(value);
  }

  /** Selects a filter in the left column by its name and waits for its list. */
  void filter(String name) {
    browser.click(browser.awaitText(".task-filter h4.name a", name));
    browser.until(d -> !d.findElements(By.cssSelector(".task-filter.active")).isEmpty()
        && d.findElement(By.cssSelector(".task-filter.active")).getText().contains(name));
    awaitList();
  }

  /** The names of the filters this person may use. */
  List<String> filters() {
    browser.await(By.cssSelector(".task-filter h4.name a"));
    return browser.driver.findElements(By.cssSelector(".task-filter h4.name a")).stream()
        .map(e -> e.getText().replaceAll("\\s*\\(\\d+\\)\\s*$", "").strip()).filter(t -> !t.isEmpty()).toList();
  }

  /** The text of the task list of the selected filter, once it has loaded. */
  String listText() {
    awaitList();
    return browser.driver.findElement(By.cssSelector("section.column-center")).getText();
  }

  private void awaitList() {
    browser.until(d -> !d.findElements(By.cssSelector("ol.tasks-list li.task")).isEmpty()
        || d.findElement(By.cssSelector("section.column-center")).getText().contains("没有符合过滤条件的任务"));
  }

  /** Opens the task whose card shows {@code text} (e.g. the article's title) and waits for its form. */
  void openTask(String taskName, String text) {
    browser.click(browser.until(d -> d.findElements(By.cssSelector("ol.tasks-list li.task")).stream()
        .filter(li -> li.getText().contains(taskName) && li.getText().contains(text)).findFirst()
        .map(li -> li.findElement(By.cssSelector("h4.task a"))).orElse(null)));
    browser.awaitText("section.task-details", taskName);
    browser.awaitText("section.task-details", text);
  }

  /** 认领 (claim) when the task is nobody's yet; waits until it is the signed-in person's. */
  void claimIfOffered() {
    List<WebElement> claim = browser.driver.findElements(By.cssSelector("button.claim"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      browser.click(claim.get(0));
    }
    browser.await(By.cssSelector("button.unclaim"));
  }

  boolean claimOffered() {
    return browser.driver.findElements(By.cssSelector("button.claim")).stream().anyMatch(WebElement::isDisplayed);
  }

  /** The text of the open task's form (our embedded HTML forms), once it shows {@code awaited}. */
  String formText(String awaited) {
    return browser.awaitText("section.task-details form.pd-form", awaited).getText();
  }

  /** Chooses a radio option of the open form by its label. */
  void radio(String label) {
    browser.click(browser.until(d -> d.findElements(By.cssSelector("form.pd-form .radio label, form.pd-form label.radio-inline"))
        .stream().filter(l -> l.isDisplayed() && l.getText().strip().startsWith(label)).findFirst().orElse(null)));
  }

  /** A select of the open form: the option whose text starts with {@code option}, once the form has loaded it. */
  void select(String selectId, String option) {
    WebElement choice = browser.until(d -> d.findElements(By.cssSelector("#" + selectId + " option")).stream()
        .filter(o -> o.getText().startsWith(option)).findFirst().orElse(null));
    new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id(selectId)))
        .selectByValue(choice.getAttribute("value"));
  }

  void checkbox(String id) {
    browser.click(browser.await(By.id(id)));
  }

  /** Types into a field of the open form, key by key as a person does, after emptying it. */
  void type(String id, String text) {
    WebElement input = browser.await(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Presses 办理完成 and waits for the form's own Chinese message under field {@code id}: nothing was sent. */
  String completeRefused(String id) {
    browser.click(browser.await(By.cssSelector(".form-actions button.btn-primary")));
    return browser.until(d -> {
      String text = d.findElement(By.id(id + "Error")).getText();
      return text.isBlank() ? null : text;
    });
  }

  /** English words a person could see on the open form; these names stay as they are. */
  static final java.util.Set<String> LATIN_ALLOWED = java.util.Set.of("Word", "docx", "PNG", "JPEG", "Camunda", "MB");
  private static final java.util.regex.Pattern LATIN_WORD = java.util.regex.Pattern.compile("[A-Za-z]{2,}");

  /**
   * The visible text, placeholders and notifications of the open form (task or start dialog) hold no English word
   * outside {@link #LATIN_ALLOWED}: fails naming the words and where they are.
   */
  void assertNoEnglish(String where) {
    List<WebElement> forms = browser.driver.findElements(By.cssSelector("form.pd-form, form[name=articleStart]"));
    StringBuilder seen = new StringBuilder();
    for (WebElement form : forms) {
      if (!form.isDisplayed()) {
        continue;
      }
      seen.append(form.getText()).append('\n');
      for (WebElement field : form.findElements(By.cssSelector("input, textarea"))) {
        seen.append(field.getAttribute("placeholder") == null ? "" : field.getAttribute("placeholder")).append('\n');
      }
      for (WebElement option : form.findElements(By.cssSelector("select option"))) {
        seen.append(option.getAttribute("textContent")).append('\n');
      }
    }
    browser.driver.findElements(By.cssSelector(".notifications")).forEach(n -> seen.append(n.getText()).append('\n'));
    browser.driver.findElements(By.cssSelector(".modal-footer, .form-actions")).forEach(n -> seen.append(n.getText()).append('\n'));
    if (forms.isEmpty()) {
      throw new AssertionError(where + ": no form is open");
    }
    java.util.List<String> english = LATIN_WORD.matcher(seen).results().map(java.util.regex.MatchResult::group)
        .filter(w -> !LATIN_ALLOWED.contains(w)).distinct().toList();
    if (!english.isEmpty()) {
      throw new AssertionError(where + ": English on the form " + english + " in:\n" + seen);
    }
  }

  /** 办理完成 (complete), then waits until the task has left the form. */
  void complete() {
    browser.click(browser.await(By.cssSelector(".form-actions button.btn-primary")));
    String outcome = browser.until(d -> {
      String notices = d.findElements(By.cssSelector(".notifications")).stream().map(WebElement::getText)
          .reduce("", String::concat);
      if (notices.contains("任务已办理完成") || d.findElement(By.cssSelector("section.task-details")).getText()
          .contains("请在列表中选择一个任务")) {
        return "completed";
      }
      return d.findElements(By.cssSelector(".notifications .alert-danger")).stream().map(WebElement::getText)
          .filter(t -> !t.isBlank()).findFirst().orElse(null);
    });
    if (!outcome.equals("completed")) {
      throw new AssertionError("Tasklist refused to complete the task: " + outcome);
    }
  }
}
