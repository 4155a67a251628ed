/*
 * Publicity Desk: what the task forms in forms/ do alike, in one place (issue 17). Tasklist loads this file once
 * through customScripts in config.js; a form's script takes the helpers it uses:
 *   var pd = window.publicityDeskForm(camForm, 'articleReview', check), $ = pd.$, show = pd.show, …
 * - $(id); show(id, message): the message under a field (idError), shown on submit; while the person works a
 *   message only goes away, once what it says is no longer true (check() is re-run on every change of any field,
 *   quietly, and the changed field's own message is cleared);
 * - checked(name): the value of the ticked radio button of that name in the form;
 * - send(name, type, value): a variable the form sends on submit (fields are not bound with cam-variable-name, so
 *   nothing is pre-filled from an earlier step, e.g. the previous reviewer's comment);
 * - markdown(element, text): the Markdown the server writes (ArticleSummary, OpinionDelegates, AdoptionForm):
 *   headings, lists, **bold**, links to /api/ only, backslash escapes and &lt; &gt; &amp;; user text becomes text
 *   nodes, never markup;
 * - parseDay(text), dateField(id, required, label), dateValue(day): a day typed by a person, unambiguous (issue 15):
 *   2026-03-03, 2026年3月3日 or 2026/3/3 — 3/4/2026 is refused — shown back under the field (idShown) as 2026年3月3日,
 *   never after today; sent as noon Beijing time so the day is the same in any time zone;
 * - readOnly(names): variables the form fetched only to show are dropped before submit;
 * - articleView(then): the article of an ArticleReview task as it stands now, GET /api/tasks/{taskId}/view (the
 *   process does not carry it); a refusal's Chinese message is shown in #articleSummary;
 * - taskView(what, target, then): the same for another part, GET /api/tasks/{taskId}/{what} (e.g. adoption-form),
 *   a refusal's message in #target.
 */
function publicityDeskForm(camForm, formName, check) {
  var quiet = false;
  function form() { return document.querySelector('form[name=' + formName + ']'); }
  function $(id) { return document.getElementById(id); }
  function show(id, message) {
    var el = $(id + 'Error');
    if (el && (!quiet || !message)) { el.textContent = message || ''; }
    return !message;
  }
  function checked(name) { var r = form().querySelector('input[name=' + name + ']:checked'); return r ? r.value : ''; }
  function send(name, type, value) {
    var vm = camForm.variableManager, v = vm.variable(name);
    if (v) { v.type = type; v.value = value; } else { vm.createVariable({ name: name, type: type, value: value, isDirty: true }); }
  }
  camForm.on('form-loaded', function () {
    function recheck(e) {
      quiet = true;
      try { check(); } finally { quiet = false; }
      if (e.type === 'input') { show(e.target.id || e.target.name, ''); }
    }
    form().addEventListener('input', recheck);
    form().addEventListener('change', recheck);
  });
  function inline(parent, s) {
    var buf = '', target = parent, i = 0;
    function flush() { if (buf) { target.appendChild(document.createTextNode(buf)); buf = ''; } }
    while (i < s.length) {
      var c = s.charAt(i), entity = c === '&' && /^&(lt|gt|amp);/.exec(s.slice(i));
      if (c === '\\' && i + 1 < s.length) { buf += s.charAt(i + 1); i += 2; continue; }
      if (entity) { buf += { lt: '<', gt: '>', amp: '&' }[entity[1]]; i += entity[0].length; continue; }
      if (c === '*' && s.charAt(i + 1) === '*') {
        flush(); target = target === parent ? parent.appendChild(document.createElement('strong')) : parent; i += 2; continue;
      }
      if (c === '[') {
        var j = i + 1;
        while (j < s.length && s.charAt(j) !== ']') { j += s.charAt(j) === '\\' ? 2 : 1; }
        var k = s.indexOf(')', j), url = s.slice(j + 2, k);
        if (s.charAt(j + 1) === '(' && k > j && /^\/api\/[^\s"'<>]*$/.test(url)) {
          flush();
          var a = target.appendChild(document.createElement('a'));
          a.href = url; a.target = '_blank'; inline(a, s.slice(i + 1, j)); i = k + 1; continue;
        }
      }
      buf += c; i++;
    }
    flush();
  }
  function markdown(el, md) {
    var p = null, list = null;
    el.textContent = '';
    String(md || '').split('\n').forEach(function (line) {
      var heading = /^(#{1,6})\s+(.*)$/.exec(line), item = /^-\s+(.*)$/.exec(line);
      if (!line.trim()) { p = null; list = null; }
      else if (heading) { p = null; list = null; inline(el.appendChild(document.createElement(heading[1].length <= 3 ? 'h4' : 'h5')), heading[2]); }
      else if (item) { p = null; list = list || el.appendChild(document.createElement('ul')); inline(list.appendChild(document.createElement('li')), item[1]); }
      else { list = null; if (p) { p.appendChild(document.createElement('br')); } else { p = el.appendChild(document.createElement('p')); } inline(p, line); }
    });
  }
  function articleView(then) { taskView('view', 'articleSummary', then); }
  // what a task's form shows, read from GET /api/tasks/{taskId}/{what} when it opens; a refusal's message in #target
  function taskView(what, target, then) {
    fetch('/api/tasks/' + encodeURIComponent(camForm.taskId) + '/' + what, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : r.json().then(function (p) { throw new Error(p.detail || '无法读取任务内容'); }); })
      .then(then)
      .catch(function (e) { $(target).textContent = e.message || '无法读取任务内容,请刷新页面'; });
  }
  // a day typed by a person: 2026-03-03, 2026年3月3日 or 2026/3/3; 3/4/2026 could be March or April and is refused
  function parseDay(text) {
    var s = String(text || '').replace(/\s+/g, ''), pad = function (n) { return (n < 10 ? '0' : '') + n; };
    if (!s) { return { empty: true }; }
    var m = /^(\d{4})[-\/.](\d{1,2})[-\/.](\d{1,2})$/.exec(s) || /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(s);
    if (!m) {
      return { error: /^\d{1,2}\D\d{1,2}\D\d{2,4}$/.test(s)
        ? '“' + s + '”看不出是几月几日(月/日/年和日/月/年容易混淆),请先写年份,例如 2026-03-03 或 2026年3月3日'
        : '“' + s + '”不是日期,请按“年-月-日”填写,例如 2026-03-03 或 2026年3月3日' };
    }
    var y = +m[1], mo = +m[2], d = +m[3], day = new Date(Date.UTC(y, mo - 1, d));
    if (mo < 1 || mo > 12) { return { error: '没有 ' + mo + ' 月,请核对日期' }; }
    if (day.getUTCMonth() !== mo - 1 || d < 1) { return { error: y + '年' + mo + '月没有 ' + d + ' 日,请核对日期' }; }
    return { iso: y + '-' + pad(mo) + '-' + pad(d), chinese: y + '年' + mo + '月' + d + '日' };
  }
  // today in Beijing time, as YYYY-MM-DD
  function today() {
    var p = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date()), v = {};
    p.forEach(function (x) { v[x.type] = x.value; });
    return v.year + '-' + v.month + '-' + v.day;
  }
  // checks a date field, shows the day it understood (2026年3月3日) under it; returns the parsed day or null
  function dateField(id, required, label) {
    var day = parseDay($(id).value);
    $(id + 'Shown').textContent = day.chinese ? '即 ' + day.chinese : '';
    if (day.empty) { show(id, required ? '请填写' + label : ''); return null; }
    if (day.error) { show(id, day.error); return null; }
    if (day.iso > today()) { show(id, day.chinese + '还没到,' + label + '不能晚于今天'); return null; }
    show(id, '');
    return day;
  }
  // a Date variable: noon Beijing time of that day, the same day in any time zone the server may use
  function dateValue(day) { return day.iso + 'T12:00:00.000+0800'; }
  // what the form only reads is not sent back: Tasklist would send every fetched variable, and the task accepts only
  // its declared answers (issue 14)
  function readOnly(names) {
    camForm.on('submit', function (evt) {
      if (evt.submitPrevented || camForm.submitPrevented) { return; }
      names.forEach(function (v) {
        if (camForm.variableManager.variable(v)) { camForm.variableManager.destroyVariable(v); }
      });
    });
  }
  return { $: $, show: show, checked: checked, send: send, markdown: markdown, articleView: articleView, taskView: taskView,
    parseDay: parseDay, dateField: dateField, dateValue: dateValue, readOnly: readOnly };
}

window.publicityDeskForm = publicityDeskForm;

export default [];
