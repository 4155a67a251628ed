/*
 * Publicity Desk: Cockpit tab 已结束的实例 (finished instances) on a process definition page, with each finished
 * instance's history — Cockpit Community shows running instances only. Reads Camunda's history REST API with the
 * signed-in person's session (Camunda's authorizations apply). Loaded through customScripts in config.js.
 */
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
const TYPES = {
  startEvent: '开始事件', messageStartEvent: '消息开始事件', startTimerEvent: '定时开始事件', noneEndEvent: '结束事件',
  endEvent: '结束事件', errorEndEvent: '错误结束事件', terminateEndEvent: '终止结束事件', userTask: '人工任务',
  serviceTask: '自动任务', businessRuleTask: '规则判断', scriptTask: '脚本任务', sendTask: '发送任务',
  receiveTask: '接收任务', manualTask: '手工任务', task: '任务', exclusiveGateway: '条件分支', parallelGateway: '并行分支',
  inclusiveGateway: '包含分支', eventBasedGateway: '事件分支', boundaryTimer: '期限到达', boundaryMessage: '收到消息',
  boundaryError: '出错', boundarySignal: '收到信号', intermediateTimer: '等待时间', intermediateMessageCatch: '等待消息',
  callActivity: '调用子流程', subProcess: '子流程', multiInstanceBody: '多实例'
};
const type = t => TYPES[t] || '其他环节';

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
        if (instances.length === 0) {
          box.appendChild(el('p', '暂无已结束的实例。'));
          return;
        }
        box.appendChild(el('p', '点击一行查看该实例的办理历史(最近 50 个)。'));
        box.appendChild(table(['业务键', '发起人', '开始', '结束', '状态'], instances.map(i => {
          const tr = row([i.businessKey || i.id, person(known, i.startUserId), time(i.startTime), time(i.endTime),
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
