import { spawn } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { scratchProject } from '../lib/scratch-project.ts';
const dir = process.env.DIR || scratchProject('glossary-dev', { content: true });
console.log(dir);
const port = 3900 + Math.floor(Math.random()*50);
const t0 = performance.now();
const child = spawn(path.join(dir,'node_modules','.bin','next'), ['dev','--port',String(port),'--hostname','127.0.0.1'], {cwd: dir, env: {...process.env, NEXT_TELEMETRY_DISABLED:'1'}, detached: true});
let out=''; child.stdout.on('data', d=>{out+=d; process.stdout.write(`[${((performance.now()-t0)/1000).toFixed(1)}] ${d}`)}); child.stderr.on('data', d=>{out+=d; process.stdout.write(`[${((performance.now()-t0)/1000).toFixed(1)}] ${d}`)});
const url = `http://127.0.0.1:${port}/${process.env.PAGE || 'glossary/independent-marketing-organization'}`;
while (true) { try { const r = await fetch(url); await r.text(); if (r.ok) break; } catch {} await new Promise(r=>setTimeout(r,25)); }
console.log('FIRST PAGE', ((performance.now()-t0)/1000).toFixed(2));
const t1 = performance.now(); await (await fetch(`http://127.0.0.1:${port}/guides/how-insurance-is-sold`)).text(); console.log('second route', ((performance.now()-t1)/1000).toFixed(2));
process.kill(-child.pid!, 'SIGTERM');
await new Promise(r=>setTimeout(r,1500));
