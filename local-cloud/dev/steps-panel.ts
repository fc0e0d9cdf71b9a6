// The dev panel's WeRun simulator: pick a dev user, generate or edit 31 days of steps, save them
// (the h5 app's sync button then uses them) and register them for a cloudID.
import type { PanelSection } from './panel-sections';

export const WERUN_SECTION: PanelSection = {
  id: 'werun',
  title: '微信运动模拟器（健步走）',
  html: `<p>给一个开发用户准备最近 31 天的步数。保存后，h5 应用里点「同步微信步数」就会用这些数据；
也可以在这里直接注册，拿到 cloudID 自己调用 <code>steps.sync</code>。</p>
<label>openid <input id="werun-openid" size="24"></label>
<button id="werun-load">载入</button> <button id="werun-gen">随机生成 31 天</button>
<button id="werun-reset">恢复默认</button> <button id="werun-save"><strong>保存并注册 cloudID</strong></button>
<div id="werun-days" style="display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:6px;margin:8px 0"></div>
<pre id="werun-out">还没有注册。</pre>`,
  script: `
(function(){
const $=(id)=>document.getElementById(id);
const dayOf=(ts)=>new Date((ts+8*3600)*1000).toISOString().slice(0,10);
let list=[];
$('werun-openid').value=localStorage.getItem('union-hub.dev-openid')||'dev-100010';
function draw(){const box=$('werun-days');box.innerHTML='';list.forEach((e,i)=>{const l=document.createElement('label');
l.style.fontSize='14px';l.textContent=dayOf(e.timestamp).slice(5)+' ';const inp=document.createElement('input');inp.type='number';inp.min='0';
inp.value=e.step;inp.style.width='80px';inp.oninput=()=>{list[i].step=Math.max(0,parseInt(inp.value||'0',10)||0);};l.appendChild(inp);box.appendChild(l);});}
async function load(path,opts){const r=await fetch('/api/dev/werun/'+encodeURIComponent($('werun-openid').value.trim())+(path||''),opts);
const j=await r.json();if(!r.ok){$('werun-out').textContent=JSON.stringify(j,null,2);return;}list=j.stepInfoList;draw();
$('werun-out').textContent=j.edited?'已载入保存过的数据。':'这是按 openid 生成的默认数据。';}
$('werun-load').onclick=()=>load('');
$('werun-reset').onclick=()=>load('/reset',{method:'POST'});
$('werun-gen').onclick=()=>{list=list.map((e,i)=>({timestamp:e.timestamp,step:Math.random()<0.15?Math.round(Math.random()*3000):Math.round(4000+Math.random()*9000)}));draw();};
$('werun-save').onclick=async()=>{const openid=$('werun-openid').value.trim();
await fetch('/api/dev/werun/'+encodeURIComponent(openid)+'/history',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({stepInfoList:list})});
const r=await fetch('/api/dev/werun',{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify({openid,stepInfoList:list})});
const j=await r.json();$('werun-out').textContent=r.ok?'已保存。cloudID（5 分钟内有效）：'+j.cloudID+'\\n调用示例：{"action":"steps.sync","campaignId":"…","weRunData":{"cloudID":"'+j.cloudID+'"}}':JSON.stringify(j,null,2);};
load('');
})();`,
};
