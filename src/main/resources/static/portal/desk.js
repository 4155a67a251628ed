// 待我审批 and 代理设置 (issue 16): the approval operations a head or leader clicks, on top of the server's /api/tasks/…
// and /api/me/deputy. The server decides who may do what and answers refusals in Chinese; this page shows its answer.
// Uses h(), card(), empty(), time() of portal.js (loaded after this file, called only once both are loaded).
'use strict';

/** POST/PUT/DELETE to /api with the session; {ok, data, message} where message is the server's Chinese refusal. */
async function apiSend(method, path, body) {
  const r = await fetch(path, { method, credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  let data = null;
  try { data = r.status === 204 ? null : await r.json(); } catch (e) { data = null; }
  const refusal = (data && (data.detail || data.title)) || `操作未成功(${r.status}),请稍后再试`;
  // the server names the field for API clients (【from/until 代理期间】); a person reads only its Chinese name
  const message = r.ok ? null : refusal.replace(/【[A-Za-z][A-Za-z0-9/ ,._-]*\s+/g, '【');
  return { ok: r.ok, status: r.status, data, message };
}

/** Replaces the element's children with the parts that are there (replaceChildren shows a null as "null"). */
function fill(el, ...parts) {
  el.replaceChildren(...parts.filter((p) => p !== null && p !== undefined && p !== false));
}

// ---------- dates a person types: never two readings ----------

/**
 * A typed day as YYYY-MM-DD, from 2026-03-03, 2026/3/3, 2026.3.3 or 2026年3月3日; {error} for anything else, in
 * particular 3/3/2026 (month or day first?) and days that do not exist.
 */
function parseDay(text) {
  const t = (text || '').trim();
  if (!t) return { error: '请填写日期' };
  const m = t.match(/^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/);
  if (!m) return { error: `看不出“${t}”是几月几日,请写成 2026-03-03 或 2026年3月3日` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return { error: `${y}年${mo}月${d}日 不存在,请检查` };
  }
  return { iso: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** 2026-03-03 → 2026年3月3日 */
function dayCn(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A day field that shows back the day it understood (即 2026年3月3日) or why it cannot. */
function dayField(label, name, initial) {
  const input = h('input', { name, inputmode: 'numeric', autocomplete: 'off', placeholder: '如 2026-03-03 或 2026年3月3日',
    value: initial || '' });
  const shown = h('span', { class: 'muted day-shown', id: name + 'Shown' });
  const show = () => {
    const p = parseDay(input.value);
    shown.className = p.error ? 'warn day-shown' : 'muted day-shown';
    shown.textContent = input.value.trim() ? (p.error || `即 ${dayCn(p.iso)}`) : '';
  };
  input.addEventListener('input', show);
  show();
  return { el: h('label', { class: 'field' }, label, input, shown), value: () => parseDay(input.value) };
}

// ---------- 待我审批 ----------

const TASKLIST_TASK = '/camunda/app/tasklist/default/#/?task=';

/** What each operation asks for (whom, with what note) and where it goes. */
const OPERATIONS = {
  transfer: { label: '转办', pick: '转办给', note: '原因', placeholder: '转办原因,如:本人出差',
    hint: '交给本级其他审核人或您的代理人办理,对方成为办理人',
    people: (t) => `/api/tasks/${t}/transfer-candidates`,
    send: (t, to, comment) => [`/api/tasks/${t}/transfer`, { to, comment }],
    done: (name) => `已转办给 ${name}` },
  delegate: { label: '委派', pick: '委派给', note: '说明', placeholder: '说明(可不填)',
    hint: '请同事先审阅并回复意见,任务随后回到您手中,由您决定',
    people: (t) => `/api/tasks/${t}/copy-candidates`,
    send: (t, to, comment) => [`/api/tasks/${t}/delegate`, { to, comment }],
    done: (name) => `已委派 ${name} 先行审阅` },
  copy: { label: '抄送', pick: '抄送给(可多选)', note: '说明', placeholder: '说明(可不填)', multiple: true,
    hint: '抄送给本来就能查看本单位稿件的人(只读)',
    people: (t) => `/api/tasks/${t}/copy-candidates`,
    send: (t, to, comment) => [`/api/tasks/${t}/copy`, { to, comment }],
    done: (name) => `已抄送 ${name}` },
  addReviewer: { label: '加签', pick: '加签审核人', note: '我的同意意见', placeholder: '同意意见(可不填)',
    hint: '同意本稿件,并在下一级之前加一位审核人(本单位人员或分管领导)',
    people: (t) => `/api/tasks/${t}/reviewer-candidates`,
    send: (t, reviewer, comment) => [`/api/tasks/${t}/add-reviewer`, { reviewer, comment }],
    done: (name) => `已同意并加签 ${name} 审核` },
};

const LEVELS_OF_R1 = ['Task_ReviewByUnitHead', 'Task_ReviewBySupervisor', 'Task_ReviewByPrincipal'];

/** The operations offered on a task one may decide. */
const REVIEW_OPERATIONS = ['transfer', 'delegate', 'copy', 'addReviewer'];

/** The form of one operation on one task: pick people by name, add a reason, send; the server's answer is shown. */
async function operationPanel(task, kind, onDone) {
  const op = OPERATIONS[kind];
  const panel = h('div', { class: 'op-panel', 'data-op': kind }, h('p', { class: 'muted' }, op.hint), h('p', { class: 'muted' }, '正在加载人员名单…'));
  const listed = await api(op.people(task.taskId)).catch(() => null);
  // a delegate is a colleague who may read the unit's items, never the article's informant (the server checks too)
  const people = listed && kind === 'delegate' ? listed.filter((p) => p.id !== task.informant) : listed;
  if (!people || !people.length) {
    panel.replaceChildren(h('p', { class: 'warn' }, people ? `没有可以${op.label}的人` : `暂时无法${op.label}这项任务`));
    return panel;
  }
  const picker = op.multiple
    ? h('fieldset', { class: 'people' }, h('legend', {}, op.pick), people.map((p) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', value: p.id }), ' ', p.name)))
    : h('label', { class: 'field' }, op.pick, h('select', { name: 'to' }, h('option', { value: '' }, '请选择'),
      people.map((p) => h('option', { value: p.id }, p.name))));
  const comment = h('textarea', { name: 'comment', rows: 2, maxlength: 2000,
    placeholder: op.placeholder });
  const message = h('p', { class: 'warn', role: 'alert' });
  const send = h('button', { type: 'button' }, `确定${op.label}`);
  send.addEventListener('click', async () => {
    const chosen = op.multiple ? [...picker.querySelectorAll('input:checked')].map((c) => c.value)
      : picker.querySelector('select').value;
    if (!chosen || !chosen.length) { message.textContent = `请选择${op.pick.replace('(可多选)', '')}`; return; }
    send.disabled = true;
    message.textContent = '';
    const [path, body] = op.send(task.taskId, chosen, comment.value.trim());
    const r = await apiSend('POST', path, body).catch(() => ({ ok: false, message: '网络错误,请稍后再试' }));
    send.disabled = false;
    if (!r.ok) { message.textContent = r.message; return; }
    const names = people.filter((p) => [].concat(chosen).includes(p.id)).map((p) => p.name).join('、');
    onDone(op.done(names));
  });
  panel.replaceChildren(h('p', { class: 'muted' }, op.hint), picker,
    h('label', { class: 'field' }, op.note, comment), message,
    h('div', { class: 'actions' }, send));
  return panel;
}

/** 回复意见: the delegate's opinion; the task goes back to its owner, who decides. */
function resolvePanel(task, onDone) {
  const comment = h('textarea', { name: 'comment', rows: 3, maxlength: 2000, placeholder: '您的审阅意见(必填)' });
  const message = h('p', { class: 'warn', role: 'alert' });
  const send = h('button', { type: 'button' }, '提交意见');
  send.addEventListener('click', async () => {
    if (!comment.value.trim()) { message.textContent = '请填写您的审阅意见'; return; }
    send.disabled = true;
    const r = await apiSend('POST', `/api/tasks/${task.taskId}/resolve`, { comment: comment.value.trim() })
      .catch(() => ({ ok: false, message: '网络错误,请稍后再试' }));
    send.disabled = false;
    if (!r.ok) { message.textContent = r.message; return; }
    onDone(`意见已交还 ${task.ownerName}`);
  });
  return h('div', { class: 'op-panel', 'data-op': 'resolve' }, h('p', { class: 'muted' },
    `${task.ownerName} 请您先审阅,您的意见记入审核记录,由 ${task.ownerName} 决定是否同意`),
  h('label', { class: 'field' }, '意见', comment), message, h('div', { class: 'actions' }, send));
}

const decidable = (t) => t.state === 'MINE' || t.state === 'OFFERED';

function taskItem(t, operations, refresh) {
  const slot = h('div', { class: 'op-slot' });
  const result = h('p', { class: 'ok', role: 'status' });
  const done = (text) => { slot.replaceChildren(); refresh(text); };
  const open = async (kind) => {
    if (slot.dataset.open === kind) { slot.replaceChildren(); slot.dataset.open = ''; return; }
    slot.dataset.open = kind;
    slot.replaceChildren(kind === 'resolve' ? resolvePanel(t, done) : await operationPanel(t, kind, done));
  };
  const buttons = [];
  if (t.state === 'DELEGATED_TO_ME') {
    buttons.push(h('button', { type: 'button', class: 'small', onclick: () => open('resolve') }, '回复意见'));
  } else if (decidable(t)) {
    // 加签 belongs to the three levels of R1: the reviewer approves and adds one before the next level
    for (const kind of operations.filter((k) => k !== 'addReviewer' || LEVELS_OF_R1.includes(t.taskKey))) {
      buttons.push(h('button', { type: 'button', class: 'small', onclick: () => open(kind) }, OPERATIONS[kind].label));
    }
  }
  buttons.push(h('a', { class: 'button secondary small', href: TASKLIST_TASK + encodeURIComponent(t.taskId) }, '在任务列表中办理'));
  return h('li', { class: 'task-item', 'data-task': t.taskId, 'data-number': t.articleNumber },
    h('div', { class: 'task-head' },
      decidable(t) ? h('input', { type: 'checkbox', class: 'pick', value: t.taskId, 'aria-label': '选择 ' + t.title }) : null,
      h('div', { class: 'task-text' },
        h('b', {}, t.title), t.urgent ? h('span', { class: 'chip risk' }, '紧急') : null,
        h('div', { class: 'muted' }, `${t.articleNumber} · ${t.unitName} · ${t.taskName} · ${time(t.since)} 到达`),
        h('div', { class: 'muted' }, `${t.itemClassLabel}:${t.route}`),
        h('div', {}, h('span', { class: 'chip ' + (t.state === 'OFFERED' ? 'OPEN' : t.state === 'MINE' ? 'IN_REVIEW' : 'RETURNED') },
          t.stateLabel), t.onBehalfOfName ? h('span', { class: 'muted' }, ` 代 ${t.onBehalfOfName} 办理`) : null))),
    h('div', { class: 'actions' }, buttons), result, slot);
}

/** 批量审批: one opinion for the selected tasks (approve only; returns stay one by one in Tasklist), answered per task. */
function batchBar(list, tasks, refresh) {
  const comment = h('textarea', { name: 'batchComment', rows: 2, maxlength: 2000, placeholder: '审批意见(可不填),如:同意报送' });
  const message = h('p', { class: 'warn', role: 'alert' });
  const all = h('input', { type: 'checkbox', id: 'pick-all' });
  all.addEventListener('change', () => list.querySelectorAll('input.pick').forEach((c) => { c.checked = all.checked; }));
  const approve = h('button', { type: 'button', id: 'batch-approve' }, '批量同意');
  approve.addEventListener('click', async () => {
    const ids = [...list.querySelectorAll('input.pick:checked')].map((c) => c.value);
    if (!ids.length) { message.textContent = '请先勾选要同意的稿件'; return; }
    message.textContent = '';
    approve.disabled = true;
    const r = await apiSend('POST', '/api/tasks/batch-approve', { taskIds: ids, comment: comment.value.trim() })
      .catch(() => ({ ok: false, message: '网络错误,请稍后再试' }));
    approve.disabled = false;
    if (!r.ok) { message.textContent = r.message; return; }
    const byId = new Map(tasks.map((t) => [t.taskId, t]));
    const lines = r.data.map((a) => h('li', { class: a.approved ? 'ok' : 'warn' },
      `${(byId.get(a.taskId) || {}).title || a.taskId}:${a.approved ? '已同意' : a.message}`));
    refresh(null, lines);
  });
  return h('div', { class: 'batch' }, h('label', { class: 'field' }, '批量审批意见', comment), message,
    h('div', { class: 'actions' }, h('label', { class: 'check' }, all, ' 全选'), approve,
      h('span', { class: 'muted' }, '勾选稿件后一次同意;退回请在任务列表中逐篇办理')));
}

/** The card 待我审批 (id "approvals"), reloaded after each operation with the operation's result on top. */
async function approvalsCard(operations) {
  const el = h('section', { class: 'card', id: 'approvals' });
  const load = async (notice, answers) => {
    const tasks = (await api('/api/me/tasks')) || [];
    const list = h('ul', { class: 'list tasks' });
    const refresh = (text, lines) => load(text, lines);
    tasks.forEach((t) => list.append(taskItem(t, operations, refresh)));
    const decidableCount = tasks.filter(decidable).length;
    const body = tasks.length ? [decidableCount > 1 ? batchBar(list, tasks, refresh) : null, list]
      : [empty('暂无待审批的稿件')];
    if (decidableCount === 1) body.unshift(batchBar(list, tasks, refresh));
    el.classList.toggle('wide', tasks.length > 0);
    if (el.parentElement) balanced([...el.parentElement.children]);
    fill(el, h('h2', {}, '待我审批', h('small', {}, tasks.length ? `${tasks.length} 项 · 最早到达的在前` : '')),
      notice ? h('p', { class: 'ok', role: 'status', id: 'approvals-notice' }, notice) : null,
      answers && answers.length ? h('div', { id: 'approvals-answers' }, h('p', { class: 'muted' }, '批量审批结果:'),
        h('ul', { class: 'list answers' }, answers)) : null, ...body);
  };
  await load();
  return el;
}

// ---------- 代理设置 ----------

function deputyText(d) {
  return `${d.deputyName},${dayCn(d.from)} 至 ${dayCn(d.until)}`;
}

/** A form to name a deputy by name for a date range; {@code candidatesPath} lists the allowed people. */
async function deputyForm(candidatesPath, save, onSaved) {
  const people = (await api(candidatesPath)) || [];
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const select = h('select', { name: 'deputy' }, h('option', { value: '' }, '请选择'),
    people.map((p) => h('option', { value: p.id }, p.name)));
  const from = dayField('开始日期', 'deputyFrom', dayCn(today));
  const until = dayField('结束日期', 'deputyUntil', '');
  const message = h('p', { class: 'warn', role: 'alert' });
  const button = h('button', { type: 'button' }, '设置代理');
  button.addEventListener('click', async () => {
    const f = from.value();
    const u = until.value();
    if (!select.value) { message.textContent = '请选择代理人'; return; }
    if (f.error || u.error) { message.textContent = f.error || u.error; return; }
    button.disabled = true;
    const r = await save({ deputy: select.value, from: f.iso, until: u.iso }).catch(() => ({ ok: false, message: '网络错误,请稍后再试' }));
    button.disabled = false;
    if (!r.ok) { message.textContent = r.message; return; }
    onSaved(r.data);
  });
  return h('div', { class: 'deputy-form' }, people.length ? null : h('p', { class: 'warn' }, '没有可以担任代理人的人'),
    h('label', { class: 'field' }, '代理人', select), from.el, until.el, message, h('div', { class: 'actions' }, button));
}

/** 代理设置 (id "deputy"): my deputy while I am away — the current setting, cancel it, or name one. */
async function deputyCard() {
  const el = h('section', { class: 'card', id: 'deputy' });
  const load = async (notice) => {
    const current = await api('/api/me/deputy');
    const cancel = h('button', { type: 'button', class: 'secondary' }, '取消代理');
    cancel.addEventListener('click', async () => {
      const r = await apiSend('DELETE', '/api/me/deputy');
      await load(r.ok ? '已取消代理' : r.message);
    });
    const form = await deputyForm('/api/me/deputy-candidates', (body) => apiSend('PUT', '/api/me/deputy', body),
      (d) => load(`已设置:${deputyText(d)}`));
    fill(el, h('h2', {}, '代理设置', h('small', {}, '外出期间到达的审核任务交代理人办理,记录中标注“代”')),
      notice ? h('p', { class: 'ok', role: 'status' }, notice) : null,
      current ? h('div', { class: 'current' }, h('p', { id: 'deputy-current' }, h('b', {}, '当前代理:'), deputyText(current)),
        h('div', { class: 'actions' }, cancel)) : h('p', { class: 'muted', id: 'deputy-current' }, '当前没有设置代理人'),
      h('details', { id: 'deputy-change' }, h('summary', {}, current ? '改为其他代理人或期间' : '设置代理人'), form));
  };
  await load();
  return el;
}

/** For an administrator: every head's and leader's deputy, set or cancelled for someone who is away. */
async function deputiesAdminCard() {
  const el = h('section', { class: 'card', id: 'deputies-admin' });
  const load = async (notice) => {
    const all = (await api('/api/deputies')) || [];
    const who = h('select', { name: 'absent' }, h('option', { value: '' }, '请选择'), all.map((p) => h('option', { value: p.userId }, p.name)));
    const slot = h('div', {});
    who.addEventListener('change', async () => {
      slot.replaceChildren(who.value ? await deputyForm(`/api/users/${encodeURIComponent(who.value)}/deputy-candidates`,
        (body) => apiSend('PUT', `/api/users/${encodeURIComponent(who.value)}/deputy`, body),
        (d) => load(`已为 ${who.selectedOptions[0].textContent} 设置:${deputyText(d)}`)) : '');
    });
    const rows = all.filter((p) => p.deputy).map((p) => h('li', {}, h('b', {}, p.name), ' 由 ', deputyText(p), ' ',
      h('button', { type: 'button', class: 'secondary small', onclick: async () => {
        const r = await apiSend('DELETE', `/api/users/${encodeURIComponent(p.userId)}/deputy`);
        await load(r.ok ? `已取消 ${p.name} 的代理` : r.message);
      } }, '取消')));
    fill(el, h('h2', {}, '代理设置(管理员)', h('small', {}, '为外出、无法自行设置的负责人和领导指定代理人')),
      notice ? h('p', { class: 'ok', role: 'status' }, notice) : null,
      rows.length ? h('ul', { class: 'list' }, rows) : h('p', { class: 'muted' }, '目前没有人设置代理'),
      h('label', { class: 'field' }, '外出人员', who), slot);
  };
  await load();
  return el;
}

// ---------- 催办 ----------

/** 催办 of a waiting article by its informant: once per working day; the server's answer is shown either way. */
function remindButton(a) {
  const answer = h('span', { class: 'muted remind-answer' });
  const button = h('button', { type: 'button', class: 'small secondary remind' }, '催办');
  button.addEventListener('click', async (e) => {
    e.preventDefault();
    button.disabled = true;
    const r = await apiSend('POST', `/api/articles/${encodeURIComponent(a.number)}/remind`)
      .catch(() => ({ ok: false, message: '网络错误,请稍后再试' }));
    button.disabled = false;
    answer.className = r.ok ? 'ok remind-answer' : 'warn remind-answer';
    answer.textContent = r.ok ? `已催办(${r.data.step}),今天不能再催` : r.message;
  });
  return h('div', { class: 'actions remind-row' }, button, answer);
}
