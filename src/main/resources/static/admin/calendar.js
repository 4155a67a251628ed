// 工作日历维护 (admin/calendar.html): reads and saves /api/calendar/{year} with the Tasklist login (R10.1).
'use strict';

const SOURCES = { ADMINISTRATOR: '系统管理员设置', STATE_COUNCIL: '国务院办公厅放假安排(随系统提供)', WEEKENDS_ONLY: '未设置:只按周末休息' };
const $ = id => document.getElementById(id);
const lines = text => text.split(/\s+/).map(s => s.trim()).filter(Boolean);
function say(text, ok) { $('message').className = 'message ' + (ok ? 'ok' : 'error'); $('message').textContent = text; }
async function load() {
  const response = await fetch('/api/calendar/' + $('year').value, { credentials: 'same-origin' });
  if (response.status === 401) { say('请先登录任务列表(/camunda/app/tasklist/)后再打开本页。'); return; }
  const body = await response.json();
  if (!response.ok) { say(body.detail || '读取失败'); return; }
  $('holidays').value = body.holidays.join('\n');
  $('workdays').value = body.workdays.join('\n');
  $('source').textContent = '来源:' + (SOURCES[body.source] || body.source);
  $('message').textContent = ''; $('message').className = '';
}
async function save() {
  const year = Number($('year').value);
  const response = await fetch('/api/calendar/' + year, {
    method: 'PUT', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    body: JSON.stringify({ year, holidays: lines($('holidays').value), workdays: lines($('workdays').value) })
  });
  const body = await response.json().catch(() => ({}));
  if (response.ok) { say('已保存 ' + year + ' 年的工作日历。', true); $('source').textContent = '来源:' + SOURCES[body.source]; }
  else { say(body.detail || ('保存失败(' + response.status + ')')); }
}
$('year').value = new Date().getFullYear();
$('load').addEventListener('click', load);
$('save').addEventListener('click', save);
load();

// 退出登录: ends the webapps' session (the same login as Tasklist and the portal), then back to the landing page
document.getElementById('logout').addEventListener('click', async () => {
  try {
    const token = await fetch('/portal/csrf-token', { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : {}));
    await fetch('/camunda/api/admin/auth/user/default/logout', { method: 'POST', credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': token.token || '' } });
  } finally {
    location.href = '/';
  }
});
