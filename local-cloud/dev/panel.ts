// The dev panel at /dev: who can I act as, fire a timer now, database request counts, function
// instances — plus the sections features add (WeRun simulator, the "phone" view of sent messages)
// in panel-sections.ts.
import { PANEL_SECTIONS } from './panel-sections';

const BASE_SECTIONS = [
  {
    id: 'users',
    title: '以谁的身份使用（演示账号）',
    html: `<p>点一个人，h5 应用就以他的身份运行（只在本地有效）。</p>
<input id="user-q" placeholder="搜索姓名或工号"><div id="users"></div>`,
    script: `
async function loadUsers(){const r=await fetch('/api/dev/users');const {users}=await r.json();
const q=document.getElementById('user-q');const box=document.getElementById('users');
const draw=()=>{const k=q.value.trim();box.innerHTML='';users.filter(u=>!k||u.name.includes(k)||u.staffNo.includes(k)).slice(0,40).forEach(u=>{
const b=document.createElement('button');b.textContent=u.name+' · '+u.staffNo+' · '+u.branch+(u.roles.length>1?' · '+u.roles.slice(1).join('/'):'');
b.onclick=()=>{localStorage.setItem('union-hub.dev-openid',u.openid);location.href='/';};box.appendChild(b);});};
q.oninput=draw;draw();}
loadUsers();`,
  },
  {
    id: 'timers',
    title: '定时任务：立即执行',
    html: `<div id="timers"></div><pre id="timer-out"></pre>`,
    script: `
async function loadTimers(){const r=await fetch('/api/dev/functions');const {functions}=await r.json();
const box=document.getElementById('timers');functions.filter(f=>f.triggers.length).forEach(f=>f.triggers.forEach(t=>{
const b=document.createElement('button');b.textContent=f.name+' · '+t.name+'（'+t.config+'）';
b.onclick=async()=>{b.disabled=true;const r=await fetch('/api/dev/timer/'+f.name+'?trigger='+t.name,{method:'POST'});
document.getElementById('timer-out').textContent=JSON.stringify(await r.json(),null,2);b.disabled=false;};box.appendChild(b);}));
if(!box.children.length)box.textContent='还没有定时任务。';}
loadTimers();`,
  },
  {
    id: 'stats',
    title: '数据库请求计数',
    html: `<button id="stats-reset">清零</button> <button id="stats-load">刷新</button><pre id="stats"></pre>`,
    script: `
async function loadStats(){const r=await fetch('/api/dev/stats');document.getElementById('stats').textContent=JSON.stringify(await r.json(),null,2);}
document.getElementById('stats-load').onclick=loadStats;
document.getElementById('stats-reset').onclick=async()=>{await fetch('/api/dev/stats/reset',{method:'POST'});loadStats();};
loadStats();`,
  },
  {
    id: 'instances',
    title: '云函数实例',
    html: `<p>每个实例一次只处理一个调用；忙不过来时按上限启动新实例（冷启动），再多的调用排队。</p>
<button id="instances-load">刷新</button> <label><input type="checkbox" id="instances-auto"> 每秒刷新</label>
<table id="instances"></table><p id="instances-note"></p>`,
    script: `
async function loadInstances(){const r=await fetch('/api/dev/instances');const s=await r.json();
const t=document.getElementById('instances');
const head='<tr><th>函数</th><th>运行中</th><th>空闲</th><th>启动中</th><th>排队</th><th>冷启动</th><th>调用</th><th>失败</th><th>已回收</th><th>最多同时</th></tr>';
t.innerHTML=head+(s.functions||[]).map(f=>'<tr><td>'+f.name+'</td><td>'+f.running+'</td><td>'+f.idle+'</td><td>'+f.starting+'</td><td>'+f.queued+'</td><td>'+f.coldStarts+'</td><td>'+f.invocations+'</td><td>'+f.failures+'</td><td>'+f.retired+'</td><td>'+f.peakRunning+'</td></tr>').join('');
document.getElementById('instances-note').textContent=s.limit?('每个函数最多 '+s.limit+' 个实例（'+(s.isolation==='thread'?'各自一个线程':'同一线程内各自一份模块')+'），空闲 '+Math.round(s.idleMs/1000)+' 秒后回收。'+((s.functions||[]).length?'':'还没有调用过云函数。')):'';}
document.getElementById('instances-load').onclick=loadInstances;
setInterval(()=>{if(document.getElementById('instances-auto').checked)loadInstances();},1000);
loadInstances();`,
  },
];

const sections = [...BASE_SECTIONS, ...PANEL_SECTIONS];

export const DEV_PANEL_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>本地云 · 开发面板</title>
<style>
body{font:16px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f6f6f6;color:#222}
header{background:#c8102e;color:#fff;padding:12px 20px}header a{color:#fff}
main{max-width:960px;margin:0 auto;padding:12px}
section{background:#fff;border-radius:8px;padding:12px 16px;margin:12px 0}
h2{font-size:18px;margin:4px 0 8px}button{font:inherit;margin:4px;padding:6px 12px;border:1px solid #ccc;border-radius:6px;background:#fff;cursor:pointer}
button:hover{border-color:#c8102e}input,textarea{font:inherit;padding:6px;border:1px solid #ccc;border-radius:6px}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;text-align:right}td:first-child,th:first-child{text-align:left}
pre{background:#f3f3f3;padding:8px;overflow:auto;max-height:320px}
</style></head><body>
<header><strong>本地云 · 开发面板</strong> — 仅供本机开发使用，身份不做校验。 <a href="/">打开应用 →</a></header>
<main>
${sections.map((s) => `<section id="${s.id}"><h2>${s.title}</h2>${s.html}</section>`).join('\n')}
</main>
<script>
${sections.map((s) => s.script).join('\n')}
</script>
</body></html>`;
