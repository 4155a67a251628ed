package org.publicitydesk.e2e;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
    browser.await(By.cssSelector(".modal form[name=articleStart], .modal .fjs-form"));
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

  /** The text of the open task's form (form-js). */
  String formText() {
    return browser.await(By.cssSelector(".fjs-form")).getText();
  }

  /** Chooses a radio option of a Camunda Form by its label. */
  void radio(String label) {
    browser.click(browser.until(d -> d.findElements(By.cssSelector(".fjs-form-field-radio label.fjs-form-field-label"))
        .stream().filter(l -> l.getText().strip().startsWith(label)).findFirst().orElse(null)));
  }

  /** A searchable select of a Camunda Form: types, then picks the option that starts with {@code option}. */
  void searchSelect(String fieldId, String typed, String option) {
    WebElement input = browser.await(By.cssSelector("input[id$='" + fieldId + "']"));
    browser.click(input);
    input.sendKeys(typed);
    browser.click(browser.awaitText(".fjs-dropdownlist-item", option));
  }

  /** A date field of a Camunda Form, typed as Tasklist's date picker expects (month/day/year). */
  void date(String fieldId, java.time.LocalDate date) {
    WebElement input = browser.await(By.cssSelector("input[id$='" + fieldId + "-date']"));
    browser.click(input);
    input.sendKeys(date.getMonthValue() + "/" + date.getDayOfMonth() + "/" + date.getYear());
    input.sendKeys(Keys.ENTER);
  }

  void checkbox(String fieldId) {
    browser.click(browser.await(By.cssSelector("input[id$='" + fieldId + "']")));
  }

  void formField(String fieldId, String text) {
    WebElement input = browser.await(By.cssSelector("[id$='" + fieldId + "']"));
    input.sendKeys(text);
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
