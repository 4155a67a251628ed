// 宣传信息工作台 (R11.2): what each person may see, from the application's own /api, with the Tasklist login.
// Every figure is filtered by the server; this page only arranges what the API gives the logged-in user.
'use strict';

const TASKLIST = '/camunda/app/tasklist/default/#/';
const AUTH = '/camunda/api/admin/auth/user/default';
let xsrf = null;
const ROLE_LABELS = { informants: '信息员', 'unit-heads': '单位负责人', supervisors: '分管领导', principals: '街道主要领导',
  editorial: '政工科', 'camunda-admin': '系统管理员' };
const BOARD_LABELS = { ON_TIME: '按时', LATE: '迟报', MISSING: '未报' };
const RULE_LABELS = { R4: '媒体采用', R7: '谁完成谁加分', 'R5.1': '少报', 'R5.2': '重大活动', 'R8.1': '超额', 'R8.2': '未完成',
  'R9.1': '舆情', 'R9.2': '舆情月度', 'R9.3': '简报' };
const LEAD_LABELS = { OPEN: '进行中', OVERDUE: '已逾期', COMPLETED: '已完成' };

/** Builds an element; strings become text nodes (never HTML), so names and comments cannot inject markup. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v; else if (k === 'style') el.style.cssText = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

class LoginNeeded extends Error {}

/** GET from /api: null when the API answers 404/403/5xx (shown as 暂无数据), LoginNeeded on 401. */
async function api(path) {
  const r = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (r.status === 401) throw new LoginNeeded();
  if (!r.ok) return null;
  // an empty answer (e.g. no deputy set) is null, not a broken page
  const text = await r.text();
  return text ? JSON.parse(text) : null;
}

function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** 11月30日 09:30 (business time zone): a day that cannot be read two ways, unlike 11/30. */
function time(iso) {
  if (!iso) return '';
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', month: 'numeric',
    day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso))
    .map((x) => [x.type, x.value]));
  return `${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

function card(title, note, ...body) {
  return h('section', { class: 'card' }, h('h2', {}, title, note ? h('small', {}, note) : null), ...body);
}

const wide = (el) => { el.classList.add('wide'); return el; };
const empty = (text) => h('p', { class: 'empty' }, text || '暂无数据');

function table(headers, rows, rowClass) {
  return h('div', { class: 'scroll' }, h('table', {},
    h('thead', {}, h('tr', {}, headers.map(([label, num]) => h('th', { class: num ? 'num' : null }, label)))),
    h('tbody', {}, rows.map((cells, i) => h('tr', { class: rowClass ? rowClass(i) : null },
      cells.map((c, j) => h('td', { class: headers[j][1] ? 'num' : null }, c)))))));
}

function meter(label, figures) {
  const pct = figures.target > 0 ? Math.min(100, Math.round(100 * figures.countable / figures.target)) : 100;
  return h('div', { class: 'meter' }, h('span', { class: 'muted' }, label),
    h('b', {}, `${figures.countable} / ${figures.target}`),
    h('div', { class: 'track' }, h('div', { class: 'fill' + (pct < 100 ? ' low' : ''), style: `width:${pct}%` })));
}

// ---------- informant ----------

function submitButtons(me) {
  const community = me.informantOf.some((u) => u.kind === 'COMMUNITY');
  return h('section', { class: 'card wide' }, h('div', { class: 'actions' },
    h('a', { class: 'button', href: TASKLIST + '?processStart=ArticleReview' }, '报送稿件'),
    community ? h('a', { class: 'button', href: TASKLIST + '?processStart=PublicOpinionReport' }, '报送舆情信息') : null,
    h('a', { class: 'button secondary', href: TASKLIST }, '我的待办')));
}

function myQuota(me, progress) {
  const rows = (progress || []).flatMap((u) => u.informants.filter((i) => i.informant === me.id)
    .map((i) => ({ unit: u, mine: i })));
  if (!rows.length) return card('我的任务进度', null, empty());
  return card('我的任务进度', `每周至少 1 篇有效稿件 · 第 ${rows[0].unit.isoWeek} 周`, rows.map(({ unit, mine }) =>
    h('div', {}, rows.length > 1 ? h('p', { class: 'muted' }, unit.unitName) : null,
      h('div', { class: 'meters' }, meter('本周', mine.week), meter('本季度', mine.quarter), meter('本年', mine.year)),
      mine.missedWeeksThisQuarter > 0
        ? h('p', { class: 'warn' }, `本季度已漏报 ${mine.missedWeeksThisQuarter} 周,每周扣 2 分`) : null)));
}

function articleItem(a, remind) {
  const details = h('div', {}, h('p', { class: 'muted' }, '加载中…'));
  const item = h('details', { ontoggle: async () => {
    if (!item.open || item.dataset.loaded) return;
    item.dataset.loaded = '1';
    const full = await api('/api/articles/' + encodeURIComponent(a.number));
    details.replaceChildren(full ? steps(full) : empty());
  } }, h('summary', {}, h('span', { class: 'chip ' + a.status }, a.statusLabel), ' ', a.title,
    h('span', { class: 'muted' }, ` · ${a.number} · ${time(a.submittedAt)}`),
    a.note ? h('div', { class: 'muted' }, a.note) : null), details);
  const waiting = remind && a.status === 'IN_REVIEW' && a.waitingAt && a.waitingAt.length;
  return h('li', { 'data-number': a.number }, item, waiting ? remindButton(a) : null);
}

function steps(a) {
  return h('div', { class: 'steps' },
    a.waitingAt && a.waitingAt.length ? h('p', {}, h('b', {}, '当前环节:'), a.waitingAt.join('、')) : null,
    a.steps.length ? a.steps.map((s) => h('p', {}, `${time(s.at)} ${s.actorName}${s.onBehalfOfName ? `(代 ${s.onBehalfOfName})` : ''}`
      + ` ${s.stepLabel}:${s.decisionLabel}`,
      s.comment ? h('span', { class: 'warn' }, ` ——“${s.comment}”`) : null)) : empty('暂无审核记录'));
}

function myArticles(articles) {
  const el = card('我的稿件', '点开查看审核环节和意见;等待审核的可以催办(每个工作日一次)', articles && articles.length
    ? h('ul', { class: 'list' }, articles.slice(0, 30).map((a) => articleItem(a, true))) : empty('还没有报送稿件'));
  el.id = 'my-articles';
  return el;
}

/** A head's unit: its articles, newest first, each with its review record on a click (issue 15). */
function unitArticles(unitName, articles) {
  return card(`本单位稿件 · ${unitName}`, '最新在前 · 点开查看审核环节和意见', articles && articles.length
    ? h('ul', { class: 'list' }, articles.slice(0, 30).map((a) => articleItem(a, false))) : empty('本单位还没有稿件'));
}

/** Public-opinion points (R9) are scored separately from the points of R4–R8 (分数另计). */
const isOpinion = (ruleId) => ruleId === 'R9' || ruleId.startsWith('R9.');

/** "合计 … 分 · 舆情 … 分(另计)" of ledger lines. */
function totals(lines) {
  const sum = (opinion) => lines.filter((e) => isOpinion(e.ruleId) === opinion).reduce((s, e) => s + e.points, 0);
  const opinion = lines.some((e) => isOpinion(e.ruleId));
  return `${sum(false)} 分${opinion ? ` · 舆情 ${sum(true)} 分(另计)` : ''}`;
}

/** Ledger lines, newest first: the latest ten, the rest folded away; each with the article number or import id. */
function ledgerTable(lines) {
  const head = [['日期'], ['项目'], ['积分', true], ['编号'], ['说明']];
  const rows = lines.slice().reverse().map((e) => [e.occurredOn, RULE_LABELS[e.ruleId] || e.ruleId, e.points,
    [e.articleNumber, e.externalId].filter(Boolean).join(' / '), e.note]);
  return h('div', {}, table(head, rows.slice(0, 10)), rows.length > 10
    ? h('details', {}, h('summary', { class: 'muted' }, `更早的 ${rows.length - 10} 条`), table(head, rows.slice(10))) : null);
}

function myPoints(me, ledgers) {
  const lines = ledgers.flat().filter((e) => e.informant === me.id);
  return card('我的积分', `${today().slice(0, 4)} 年 · 合计 ${totals(lines)}`, lines.length ? ledgerTable(lines)
    : empty('本年还没有积分'));
}

function leadsCard(leads) {
  return card('新闻线索与重大活动', '进行中', leads && leads.length ? h('ul', { class: 'list' }, leads.map((l) =>
    h('li', {}, h('span', { class: 'chip ' + l.status }, LEAD_LABELS[l.status] || l.status), ' ', l.title,
      h('div', { class: 'muted' }, `${l.responsibleUnitName} · 截止 ${time(l.deadline)}`, l.notes ? ` · ${l.notes}` : ''))))
    : empty());
}

function myOpinion(me, board) {
  const mine = me.informantOf.filter((u) => u.kind === 'COMMUNITY').map((u) => u.code);
  if (!mine.length) return null;
  const rows = board ? board.communities.filter((c) => mine.includes(c.unitCode)) : [];
  return card('今日舆情信息', board ? `${board.date} · 截止 ${board.deadline}` : null, rows.length ? rows.map((c) =>
    h('div', {}, h('p', {}, c.unitName, ' ', h('span', { class: 'chip ' + c.status }, BOARD_LABELS[c.status] || c.status),
      h('span', { class: 'muted' }, ` 本月有效 ${c.monthCountable} / ${c.monthTarget}`)),
    c.reports.length ? h('ul', { class: 'list' }, c.reports.map((r) => h('li', {}, time(r.submittedAt), ' ', r.title,
      ' ', h('span', { class: 'chip ' + r.status }, r.onTime ? '按时' : '迟报')))) : null)) : empty());
}

/** POST to /api with the session (the header marks a same-site script, see SessionOrBasicAuthenticationProvider). */
async function apiPost(path) {
  const r = await fetch(path, { method: 'POST', credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
  return r.ok;
}

/** The unread count in the header; it goes down as notices are opened. */
function unreadBadge(count) {
  const badge = document.getElementById('unread');
  badge.textContent = count > 0 ? `${count} 条未读通知` : '';
  badge.hidden = count === 0;
}

function noticeItem(n, onRead) {
  const chip = n.readAt ? null : h('span', { class: 'chip risk' }, '未读');
  const item = h('details', { ontoggle: async () => {
    if (!item.open || n.readAt || item.dataset.read) return;
    item.dataset.read = '1';
    if (await apiPost(`/api/notifications/${n.id}/read`)) { if (chip) chip.remove(); onRead(); }
  } }, h('summary', {}, chip, chip ? ' ' : '', n.subject, h('span', { class: 'muted' }, ` · ${time(n.createdAt)}`)),
  h('p', { class: 'notice-body' }, n.body || ''));
  return h('li', {}, item);
}

function notices(list) {
  const all = list || [];
  let unread = all.filter((n) => !n.readAt).length;
  unreadBadge(unread);
  const onRead = () => unreadBadge(--unread);
  const items = all.slice(0, 10).map((n) => noticeItem(n, onRead));
  const el = card('通知', unread ? `${unread} 条未读 · 点开查看全文` : '点开查看全文', all.length ? h('ul', { class: 'list' }, items,
    all.length > 10 ? h('li', {}, h('details', {}, h('summary', { class: 'muted' }, `更早的 ${all.length - 10} 条`),
      h('ul', { class: 'list' }, all.slice(10).map((n) => noticeItem(n, onRead))))) : null) : empty('没有通知'));
  el.id = 'notices';
  return el;
}

/** 已办: the tasks I completed, newest first, with my decision and opinion and where each article is now. */
function doneCard(done) {
  const rows = (done || []).slice(0, 20).map((d) => [time(d.completedAt), h('span', {}, d.title,
    h('div', { class: 'muted' }, d.articleNumber)), d.taskName,
  h('span', {}, h('span', { class: 'chip ' + (d.decision === 'APPROVED' || d.decision === 'ACCEPT' ? 'ACCEPTED'
    : d.decision === 'RETURNED' || d.decision === 'RETURN' ? 'RETURNED' : 'IN_REVIEW') }, d.decisionLabel),
  d.comment ? h('div', { class: 'muted' }, `“${d.comment}”`) : null), d.currentStep]);
  const el = card('已办', '我办理过的稿件 · 最新在前', rows.length
    ? table([['办理时间'], ['稿件'], ['环节'], ['我的意见'], ['现在到了']], rows) : empty('还没有办理过的任务'));
  if (rows.length) wide(el);
  el.id = 'done';
  return el;
}

/** R12: meetings and training sessions (the informant's: those attended; the office's: all), newest first. */
function meetingsCard(list, title, note) {
  return card(title, note, list && list.length ? h('ul', { class: 'list' }, list.slice(0, 20).map((m) =>
    h('li', {}, h('details', {}, h('summary', {}, h('span', { class: 'chip' }, m.kindLabel), ' ', m.topic,
      h('span', { class: 'muted' }, ` · ${m.date} · ${m.organiser} · ${m.attendeeCount} 人参加`)),
    h('div', { class: 'steps' },
      h('p', {}, h('b', {}, '参会人员:'), m.attendees.map((p) => p.name).join('、')),
      m.minutes ? h('p', {}, h('b', {}, '纪要:'), m.minutes) : null,
      m.materials.length ? h('p', {}, h('b', {}, '材料:'), m.materials.map((d) => h('a', { href: d.url }, d.filename, ' ')))
        : null))))) : empty('暂无例会和培训记录'));
}

/** 抄送我的: articles a reviewer copied to me (read-only), newest first. */
function copiedCard(list) {
  if (!list || !list.length) return null;
  return card('抄送我的', '只读', h('ul', { class: 'list' }, list.slice(0, 20).map((c) => articleItem({
    number: c.articleNumber, title: c.title, status: c.status, statusLabel: c.statusLabel, submittedAt: c.copiedAt,
    note: `${c.fromName} 抄送${c.comment ? ':' + c.comment : ''}` }))));
}

// ---------- heads, leaders, editorial office ----------

/** 漏报 of a unit, counted per informant (R5.1 deducts per informant): "2 名信息员共漏报 18 周". */
function missed(u) {
  const late = (u.informants || []).filter((i) => i.missedWeeksThisQuarter > 0);
  if (!late.length) return `本季度漏报 ${u.missedWeeksThisQuarter} 周`;
  const weeks = late.reduce((sum, i) => sum + i.missedWeeksThisQuarter, 0);
  return late.length === 1 ? `1 名信息员漏报 ${weeks} 周` : `${late.length} 名信息员共漏报 ${weeks} 周`;
}

function unitProgress(progress, title) {
  return card(title, '有效稿件 / 目标', progress && progress.length ? table(
    [['单位'], ['本周', true], ['本季度', true], ['本年', true], ['状态']],
    progress.map((u) => [u.unitName, `${u.week.countable}/${u.week.target}`, `${u.quarter.countable}/${u.quarter.target}`,
      `${u.year.countable}/${u.year.target}`, u.atRisk ? h('span', { class: 'chip risk' }, missed(u))
        : h('span', { class: 'chip ACCEPTED' }, '正常')])) : empty());
}

function ranking(scores, visible, title, all) {
  const rows = (scores || []).filter((s) => all || visible.has(s.unitCode));
  return wide(card(title, `${today().slice(0, 4)} 年累计 · 与通报同一口径 · 舆情积分另计、社区间单独排名`, rows.length ? table(
    [['名次', true], ['单位'], ['积分', true], ['舆情积分', true], ['舆情名次', true], ['明细']],
    rows.map((s) => [s.rank, s.unitName, s.points, s.opinionRank == null ? '—' : s.opinionPoints,
      s.opinionRank == null ? '—' : s.opinionRank,
      Object.entries(s.breakdown).map(([r, p]) => `${RULE_LABELS[r] || r} ${p}`).join(' · ')])) : empty()));
}

function unitLedgers(units, ledgers) {
  return card('积分台账', '每一分的来历', units.length ? units.map((u, i) => h('details', {},
    h('summary', {}, `${u.unitName}(${totals(ledgers[i] || [])})`),
    ledgers[i] && ledgers[i].length ? ledgerTable(ledgers[i]) : empty()))
    : empty());
}

function boardCard(board) {
  const el = card('舆情信息实时看板', board ? `${board.date}${board.workingDay ? '' : '(非工作日)'} · 截止 ${board.deadline} · 每分钟刷新` : '每分钟刷新',
    board && board.communities.length ? table([['社区'], ['今日'], ['报送', true], ['本月有效', true]],
      board.communities.map((c) => [c.unitName, h('span', { class: 'chip ' + c.status }, BOARD_LABELS[c.status] || c.status),
        c.reports.length, `${c.monthCountable}/${c.monthTarget}`])) : empty());
  el.id = 'board';
  el.classList.add('wide');
  return el;
}

function downloads() {
  const year = Number(today().slice(0, 4));
  const rows = [];
  for (const y of [year, year - 1]) {
    rows.push(h('p', {}, h('b', {}, `${y} 年`), h('span', { class: 'downloads' },
      [1, 2, 3, 4].flatMap((q) => [
        h('a', { href: `/api/reports/circular?year=${y}&quarter=${q}&format=docx` }, `第${q}季度通报 Word`),
        h('a', { href: `/api/reports/circular?year=${y}&quarter=${q}&format=xlsx` }, '电子表格')]),
      h('a', { href: `/api/reports/annual?year=${y}&format=docx` }, '年终考核 Word'),
      h('a', { href: `/api/reports/annual?year=${y}&format=xlsx` }, '电子表格'))));
  }
  return card('通报与考核下载', '未结算的期间标注“暂定”', ...rows);
}

// ---------- page ----------

/**
 * On a wide screen half-width cards pair up in order (the grid packs densely); with an odd number the last one would
 * sit alone beside half a page of nothing, so it takes the whole row.
 */
function balanced(cards) {
  for (const c of cards.filter((x) => x.dataset.balanced)) {
    c.classList.remove('wide');
    delete c.dataset.balanced;
  }
  const halves = cards.filter((c) => !c.classList.contains('wide'));
  if (halves.length % 2) wide(halves[halves.length - 1]).dataset.balanced = '1';
  return cards;
}

/** The webapps' session user, asked where no Basic challenge comes back (a 401 from /api would make the browser prompt). */
async function session() {
  const r = await fetch(AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  // the webapps send their CSRF token when they make it, i.e. on the session's first request only
  xsrf = r.headers.get('X-XSRF-TOKEN') || xsrf;
  return r.ok;
}

async function render() {
  if (!(await session())) throw new LoginNeeded();
  const me = await api('/api/me');
  if (!me) throw new LoginNeeded();
  signedInHint(true);
  const groups = new Set(me.groups || []);
  const roles = Object.keys(ROLE_LABELS).filter((g) => groups.has(g)).map((g) => ROLE_LABELS[g]);
  // people by name (钱伟); an account without one (the administrator) by its role
  const name = me.name && me.name !== me.id ? me.name : roles[0] || '工作人员';
  document.getElementById('who').textContent = `${name} · ${roles.join('、') || '工作人员'}`;
  document.getElementById('logout').hidden = false;
  const year = today().slice(0, 4);
  const office = groups.has('editorial') || groups.has('principals') || groups.has('camunda-admin');
  const leader = groups.has('unit-heads') || groups.has('supervisors');
  const reviewer = leader || groups.has('principals');
  const informant = me.informantOf.length > 0;
  const [progress, scores, board, leads, meetings, copied] = await Promise.all([api('/api/progress'),
    api(`/api/scores?year=${year}`), api('/api/opinion/board'), api('/api/leads?status=OPEN'), api('/api/meetings'),
    api('/api/me/copied')]);
  const visible = new Set((progress || []).map((u) => u.unitCode));
  const content = document.getElementById('content');
  const parts = [];
  const [notes, done, tasks] = await Promise.all([api('/api/notifications'), api('/api/me/done'),
    api('/api/me/tasks')]);
  // 待我审批 first for heads and leaders, and for anybody a task was delegated to
  if (reviewer || (tasks && tasks.length)) parts.push(await approvalsCard(REVIEW_OPERATIONS));
  if (informant) {
    const [articles, ...ledgers] = await Promise.all([api('/api/articles/mine'),
      ...me.informantOf.map((u) => api(`/api/ledger?unitCode=${encodeURIComponent(u.code)}&year=${year}`))]);
    parts.push(submitButtons(me), notices(notes), myQuota(me, progress), myOpinion(me, board), myArticles(articles),
      myPoints(me, ledgers.map((l) => l || [])), leadsCard(leads), meetingsCard(meetings, '我参加的例会与培训', null));
  } else {
    parts.push(doneCard(done), notices(notes));
  }
  if (informant) parts.push(doneCard(done));
  parts.push(copiedCard(copied));
  if (reviewer) parts.push(await deputyCard());
  if (groups.has('camunda-admin')) parts.push(await deputiesAdminCard());
  const headOf = [...groups].filter((g) => /^unit-.+-head$/.test(g)).map((g) => g.slice(5, -5));
  if (headOf.length) {
    const lists = await Promise.all(headOf.map((u) => api(`/api/articles?unitCode=${encodeURIComponent(u)}`)));
    const names = new Map((progress || []).map((u) => [u.unitCode, u.unitName]));
    headOf.forEach((u, i) => parts.push(unitArticles(names.get(u) || u, lists[i])));
  }
  if (office) {
    parts.push(boardCard(board), unitProgress(progress, '全部单位任务进度'), ranking(scores, visible, '积分排名', true),
      downloads(), meetingsCard(meetings, '信息员例会与业务培训', '只登记,不计分'));
    if (!informant) parts.push(leadsCard(leads));
  } else if (leader) {
    const units = (progress || []);
    const ledgers = await Promise.all(units.map((u) => api(`/api/ledger?unitCode=${encodeURIComponent(u.unitCode)}&year=${year}`)));
    parts.push(unitProgress(progress, '所辖单位任务进度'), ranking(scores, visible, '所辖单位积分与名次', false),
      unitLedgers(units, ledgers));
    if (groups.has('supervisors') && board) parts.push(boardCard(board));
    if (!informant) parts.push(leadsCard(leads));
    if (!informant && meetings && meetings.length) parts.push(meetingsCard(meetings, '我参加的例会与培训', null));
  }
  content.replaceChildren(...balanced(parts.filter(Boolean)));
  if (office || groups.has('supervisors')) {
    setInterval(async () => {
      const fresh = await api('/api/opinion/board').catch(() => null);
      const old = document.getElementById('board');
      if (fresh && old) old.replaceWith(boardCard(fresh));
    }, 60000);
  }
}

/**
 * A hint for the next visit (boot.js): whether this browser was signed in, so that an anonymous visitor sees the login
 * form at once instead of a loading page. Only a hint: the session decides, and a wrong hint costs one short wait.
 */
function signedInHint(on) {
  document.cookie = on ? 'pd_portal=1; path=/portal/; max-age=2592000; samesite=strict'
    : 'pd_portal=; path=/portal/; max-age=0; samesite=strict';
  document.documentElement.classList.toggle('anon', !on);
}

/** The CSRF token when this session got it before this page was loaded (the webapps send it only once). */
async function tokenFromSession() {
  const r = await fetch('/portal/csrf-token', { credentials: 'same-origin' });
  return r.ok ? (await r.json()).token : null;
}

/** Logs in to the webapps (the same session as Tasklist): the webapps' CSRF token, then Tasklist's login form. */
async function login(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const error = document.getElementById('login-error');
  if (!xsrf) xsrf = await tokenFromSession();
  const r = await fetch(AUTH + '/login/tasklist', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': xsrf || '' },
    body: new URLSearchParams({ username: form.get('username'), password: form.get('password') }) });
  if (r.ok) { location.reload(); return; }
  error.hidden = false;
  error.textContent = '用户名或密码不正确(连续输错后需稍候再试)。';
}

/** 退出登录: ends the webapps' session (Tasklist's logout), then shows the login form. */
async function logout() {
  if (!xsrf) xsrf = await tokenFromSession();
  await fetch(AUTH + '/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': xsrf || '' } });
  signedInHint(false);
  location.reload();
}

document.getElementById('logout').addEventListener('click', () => logout().catch(() => location.reload()));

document.getElementById('login-form').addEventListener('submit', (e) => login(e).catch(() => {
  const error = document.getElementById('login-error');
  error.hidden = false;
  error.textContent = '登录失败,请稍后再试。';
}));

render().catch((e) => {
  if (e instanceof LoginNeeded) {
    signedInHint(false);
    document.getElementById('who').textContent = '未登录';
    document.getElementById('login').hidden = false;
  } else {
    document.getElementById('content').replaceChildren(card('出错了', null, empty(String(e))));
  }
});
