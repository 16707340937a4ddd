/**
 * A self-contained page rendering the OpenAPI document: no CDN, so it works offline and
 * under a strict CSP. It fetches /api/openapi.json and lists every operation with its
 * parameters, body and responses.
 */
export const docsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>FUTODAMA API</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{margin-bottom:.2rem}.op{border:1px solid #d0d7de;border-radius:6px;margin:.8rem 0}
summary{cursor:pointer;padding:.5rem .8rem;display:flex;gap:.8rem;align-items:baseline}
.m{font:600 12px monospace;padding:2px 6px;border-radius:4px;color:#fff;min-width:3.5rem;text-align:center}
.GET{background:#0969da}.POST{background:#1a7f37}.PATCH{background:#9a6700}.DELETE{background:#cf222e}.PUT{background:#8250df}
code,pre{font:13px monospace}pre{background:#f6f8fa;padding:.6rem;overflow:auto;border-radius:4px}
.body{padding:0 .8rem .8rem}.role{margin-left:auto;color:#57606a;font-size:12px}
</style></head><body>
<h1>FUTODAMA API</h1><p id="desc"></p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>
<div id="ops">Loading…</div>
<script>
const esc=(s)=>String(s).replace(/[&<>"]/g,(c)=>({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]));
fetch("/api/openapi.json").then((r)=>r.json()).then((doc)=>{
  document.getElementById("desc").textContent=doc.info.description;
  const out=[];
  for(const [path,ops] of Object.entries(doc.paths)) for(const [method,op] of Object.entries(ops)){
    const role=op["x-futodama-role"]?"role: "+op["x-futodama-role"]:"public";
    const params=(op.parameters||[]).map((p)=>"<li><code>"+esc(p.name)+"</code> ("+p.in+(p.required?", required":"")+")</li>").join("");
    const body=op.requestBody?"<h4>Body</h4><pre>"+esc(JSON.stringify(op.requestBody.content,null,2))+"</pre>":"";
    const res=Object.entries(op.responses).map(([s,r])=>"<li><b>"+s+"</b> "+esc(r.description)+"</li>").join("");
    out.push('<details class="op"><summary><span class="m '+method.toUpperCase()+'">'+method.toUpperCase()+"</span><code>"+esc(path)+"</code> "+esc(op.summary)+'<span class="role">'+role+'</span></summary><div class="body">'+(params?"<h4>Parameters</h4><ul>"+params+"</ul>":"")+body+"<h4>Responses</h4><ul>"+res+"</ul></div></details>");
  }
  document.getElementById("ops").innerHTML=out.join("");
});
</script></body></html>
`;
