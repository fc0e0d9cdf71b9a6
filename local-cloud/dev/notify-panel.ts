// The dev panel's "phone": the WeChat subscription messages the notify function sent (the local
// outbox), shown as a phone would, plus switches to make the next sends fail. Local mode only.
import type { PanelSection } from './panel-sections';

export const PHONE_SECTION: PanelSection = {
  id: 'phone',
  title: '手机：收到的微信订阅消息',
  html: `<p>消息发送云函数通过订阅消息发出的每一条，都会出现在这里（只显示发给这个 openid 的；留空看全部）。
点「立即运行提醒任务」会马上跑一次 notify 的定时任务（活动提醒、礼包提醒、步数提醒，然后发送）。</p>
<label>openid <input id="phone-openid" size="24"></label>
<button id="phone-load">刷新</button> <button id="phone-fire"><strong>立即运行提醒任务</strong></button>
<button id="phone-43101">下一条模拟 43101（用户未订阅）</button> <button id="phone-busy">下一条模拟系统繁忙</button>
<button id="phone-clear">清空</button>
<div id="phone-list" style="max-width:380px;margin:10px 0;padding:12px;border-radius:24px;background:#ededed;min-height:120px"></div>
<pre id="phone-out"></pre>`,
  script: `
(function(){
const $=(id)=>document.getElementById(id);
$('phone-openid').value=localStorage.getItem('union-hub.dev-openid')||'';
const esc=(s)=>String(s).replace(/[&<>"]/g,(c)=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
async function load(){const o=$('phone-openid').value.trim();const r=await fetch('/api/dev/outbox'+(o?'?touser='+encodeURIComponent(o):''));
const j=await r.json();const box=$('phone-list');
if(!j.messages||!j.messages.length){box.innerHTML='<p style="color:#888">还没有收到订阅消息。</p>';return;}
box.innerHTML=j.messages.map((m)=>'<div style="background:#fff;border-radius:12px;padding:10px 12px;margin-bottom:8px">'+
'<div style="color:#888;font-size:12px">服务通知 · '+esc(new Date(m.sentAt).toLocaleString('zh-CN'))+' · '+esc(m.touser)+'</div>'+
'<div style="font-weight:600;margin:4px 0">'+esc(m.templateId)+'</div>'+
Object.entries(m.data).map(([k,v])=>'<div style="font-size:14px"><span style="color:#888">'+esc(k)+'</span> '+esc(v.value)+'</div>').join('')+
'<div style="color:#576b95;font-size:13px;margin-top:4px">进入小程序查看 › '+esc(m.page)+'</div></div>').join('');}
async function post(path,body){const r=await fetch(path,{method:'POST',headers:{'content-type':'application/json'},body:JSON.stringify(body||{})});
$('phone-out').textContent=JSON.stringify(await r.json(),null,2);load();}
$('phone-load').onclick=load;
$('phone-fire').onclick=()=>post('/api/dev/timer/notify');
$('phone-43101').onclick=()=>post('/api/dev/outbox/fail',{errcode:43101,touser:$('phone-openid').value.trim()||undefined});
$('phone-busy').onclick=()=>post('/api/dev/outbox/fail',{errcode:-1,touser:$('phone-openid').value.trim()||undefined});
$('phone-clear').onclick=()=>post('/api/dev/outbox/clear');
load();
})();`,
};
