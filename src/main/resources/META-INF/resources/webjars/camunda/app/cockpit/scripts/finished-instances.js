/*
 * Publicity Desk: Cockpit tab 已结束的实例 (finished instances) on a process definition page, with each finished
 * instance's history — Cockpit Community shows running instances only. Reads Camunda's history REST API with the
 * signed-in person's session (Camunda's authorizations apply). Loaded through customScripts in config.js.
 */
import { ACTIVITY_TYPES } from './chinese.js';

function el(tag, text, attrs) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) {
    e.textContent = String(text);
  }
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  return e;
}

// the engine's dates (2026-03-03T02:00:00.000+0000) in the browser's time zone, as the other Cockpit pages show them
function time(value) {
  if (!value) {
    return '';
  }
  const date = new Date(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date) ? value : date.toLocaleString('zh-CN', { hour12: false });
}

function table(headers, rows) {
  const t = el('table', null, { class: 'table table-bordered table-hover' });
  const head = t.appendChild(el('thead')).appendChild(el('tr'));
  headers.forEach(h => head.appendChild(el('th', h)));
  const body = t.appendChild(el('tbody'));
  rows.forEach(r => body.appendChild(r));
  return t;
}

function row(cells, attrs) {
  const tr = el('tr', null, attrs);
  cells.forEach(c => tr.appendChild(el('td', c)));
  return tr;
}

async function get(api, path) {
  const response = await fetch(api.engineApi + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  return response.json();
}

// Camunda's activity types (startEvent, userTask…) as the office says them
const type = t => ACTIVITY_TYPES[t] || '其他环节';

// people by name (钱伟); the login id only when the name cannot be read
async function names(api, ids) {
  const wanted = [...new Set(ids.filter(Boolean))];
  if (wanted.length === 0) {
    return {};
  }
  try {
    const users = await get(api, '/user?idIn=' + encodeURIComponent(wanted.join(',')));
    return Object.fromEntries(users.map(u => [u.id, [u.firstName, u.lastName].filter(Boolean).join('') || u.id]));
  } catch (e) {
    return {};
  }
}
const person = (known, id) => !id ? '' : known[id] || id;

// the article's (or report's) title of each instance: its process variable title, the revised one after a revision
async function titles(api, instances) {
  if (instances.length === 0) {
    return {};
  }
  try {
    const variables = await get(api, '/history/variable-instance?variableName=title&processInstanceIdIn='
      + encodeURIComponent(instances.map(i => i.id).join(',')));
    return Object.fromEntries(variables.map(v => [v.processInstanceId, v.value]));
  } catch (e) {
    return {};
  }
}

async function showHistory(api, instance, target) {
  target.textContent = '';
  target.appendChild(el('h4', '实例历史 · ' + (instance.businessKey || instance.id)));
  const activities = await get(api, '/history/activity-instance?processInstanceId=' + encodeURIComponent(instance.id)
    + '&sortBy=startTime&sortOrder=asc');
  const shown = activities.filter(a => a.activityName || a.activityType.endsWith('Task'));
  const known = await names(api, shown.map(a => a.assignee));
  target.appendChild(table(['环节', '类型', '办理人', '开始', '结束'],
    shown.map(a => row([a.activityName || a.activityId, type(a.activityType), person(known, a.assignee), time(a.startTime),
      time(a.endTime)], { class: 'pd-history-row' }))));
}

export default {
  id: 'publicity-desk-finished-instances',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 5,
  label: '已结束的实例',
  render: (node, { api, processDefinitionId }) => {
    node.textContent = '';
    const box = node.appendChild(el('div', null, { class: 'pd-finished-instances' }));
    const history = el('div', null, { class: 'pd-instance-history' });
    get(api, '/history/process-instance?finished=true&sortBy=endTime&sortOrder=desc&maxResults=50&processDefinitionId='
      + encodeURIComponent(processDefinitionId))
      .then(async instances => {
        const known = await names(api, instances.map(i => i.startUserId));
        const titled = await titles(api, instances);
        if (instances.length === 0) {
          box.appendChild(el('p', '暂无已结束的实例。'));
          return;
        }
        box.appendChild(el('p', '点击一行查看该实例的办理历史(最近 50 个)。'));
        box.appendChild(table(['编号', '标题', '发起人', '开始', '结束', '状态'], instances.map(i => {
          const tr = row([i.businessKey || i.id, titled[i.id] || '', person(known, i.startUserId), time(i.startTime),
            time(i.endTime),
            i.state === 'COMPLETED' ? '已完成' : i.state === 'INTERNALLY_TERMINATED' ? '已终止' : i.state],
            { class: 'pd-finished-row', style: 'cursor: pointer', 'data-instance-id': i.id });
          tr.addEventListener('click', () => showHistory(api, i, history)
            .catch(e => { history.textContent = '无法读取历史:' + e.message; }));
          return tr;
        })));
        box.appendChild(history);
      })
      .catch(e => box.appendChild(el('p', '无法读取已结束的实例:' + e.message)));
  }
};
