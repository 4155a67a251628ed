/*
 * Publicity Desk: the words the Camunda webapps draw without their locale files, in Chinese (issue 15), for Cockpit and
 * Tasklist (both load this file through customScripts in their config.js):
 * - Cockpit's DMN viewer (dmn-js, built in without a way to give it a translation): View DRD, Hit policy, When, And,
 *   Then, Annotations, the hit policies and the type names of the columns;
 * - the 类型 column of any table (variable types String, Boolean…, activity types startEvent, userTask…, the incident
 *   type failedJob of a scoring or settlement job that failed, issue 17);
 * - people by name (钱伟) where the webapps print a login id in a cell or a history line (Cockpit's user tasks,
 *   Tasklist's 历史), read once from the engine's users with the signed-in person's rights.
 * It rewrites only text nodes that are exactly one of these words, when the page draws them (MutationObserver);
 * values, ids and everything a person typed stay as they are.
 */
export const ACTIVITY_TYPES = {
  startEvent: '开始事件', messageStartEvent: '消息开始事件', startTimerEvent: '定时开始事件', noneEndEvent: '结束事件',
  endEvent: '结束事件', errorEndEvent: '错误结束事件', terminateEndEvent: '终止结束事件', userTask: '人工任务',
  serviceTask: '自动任务', businessRuleTask: '规则判断', scriptTask: '脚本任务', sendTask: '发送任务',
  receiveTask: '接收任务', manualTask: '手工任务', task: '任务', exclusiveGateway: '条件分支', parallelGateway: '并行分支',
  inclusiveGateway: '包含分支', eventBasedGateway: '事件分支', boundaryTimer: '期限到达', boundaryMessage: '收到消息',
  boundaryError: '出错', boundarySignal: '收到信号', intermediateTimer: '等待时间', intermediateMessageCatch: '等待消息',
  callActivity: '调用子流程', subProcess: '子流程', multiInstanceBody: '多实例'
};

const VALUE_TYPES = {
  String: '文本', Boolean: '布尔', Integer: '整数', Long: '长整数', Short: '短整数', Double: '小数', Date: '日期',
  Json: 'JSON', Xml: 'XML', Object: '对象', File: '文件', Bytes: '字节', Null: '空'
};

const INCIDENT_TYPES = { failedJob: '作业失败', failedExternalTask: '外部任务失败' };

const DMN_WORDS = {
  'View DRD': '查看决策需求图', 'Hit policy:': '命中策略:', When: '当', And: '且', Then: '则', Annotations: '注释',
  Unique: '唯一', First: '首个', Priority: '优先级', Any: '任一', Collect: '收集', 'Rule order': '规则顺序',
  'Output order': '输出顺序', 'Collect (Sum)': '收集(求和)', 'Collect (Min)': '收集(最小)', 'Collect (Max)': '收集(最大)',
  'Collect (Count)': '收集(计数)', boolean: '布尔', string: '文本', integer: '整数', long: '长整数', double: '小数',
  date: '日期'
};

const DMN = '.dmn-decision-table-container, .view-drd, .dmn-drd-container, .tjs-container';
const USERS = '/camunda/api/engine/engine/default/user?maxResults=2000';
let names = null;
let asked = false;

// once, when somebody is signed in (the header shows the account menu): before that the users are not readable, and
// the browser would log the refusal
async function loadNames() {
  asked = true;
  try {
    const response = await fetch(USERS, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.ok) {
      const users = await response.json();
      names = Object.fromEntries(users.map(u => [u.id, [u.firstName, u.lastName].filter(Boolean).join('')])
        .filter(([, name]) => name));
      schedule();
    }
  } catch (e) {
    names = null;
  }
}

function replaceText(root, words) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    if (text && Object.prototype.hasOwnProperty.call(words, text)) {
      node.nodeValue = node.nodeValue.replace(text, words[text]);
    }
  }
}

// the cells under a heading 类型 (Cockpit's variable and decision tables, whose headings are th or td)
function typeColumns(root) {
  root.querySelectorAll('table').forEach(table => {
    const head = table.querySelector('thead tr');
    const headings = head ? [...head.children].map(cell => cell.textContent.trim()) : [];
    const column = headings.findIndex(h => h === '类型' || h.startsWith('类型'));
    if (column < 0) {
      return;
    }
    table.querySelectorAll('tbody tr').forEach(row => {
      const cell = row.children[column];
      if (cell) {
        replaceText(cell, { ...VALUE_TYPES, ...ACTIVITY_TYPES, ...INCIDENT_TYPES });
      }
    });
  });
}

function translate() {
  if (!asked && !location.hash.startsWith('#/login') && document.querySelector('li.account')) {
    loadNames();
  }
  document.querySelectorAll(DMN).forEach(scope => {
    scope.querySelectorAll('th, .view-drd, .hit-policy, .dms-label, .hit-policy-value').forEach(e => replaceText(e, DMN_WORDS));
    scope.querySelectorAll('.hit-policy[title]').forEach(e => e.removeAttribute('title'));
  });
  typeColumns(document);
  if (names) {
    // a login id alone in a table cell, a history line or a changed value (办理人 head-economy): the person's name
    document.querySelectorAll('td, [uib-tooltip], .assignee, .new-value, .original-value')
      .forEach(e => replaceText(e, names));
  }
}

let scheduled = false;
function schedule() {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      translate();
    });
  }
}

if (!window.publicityDeskChinese) {
  window.publicityDeskChinese = true;
  schedule();
  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

export default [];
