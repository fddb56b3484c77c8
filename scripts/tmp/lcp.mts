const { runLighthouse } = await import('../lib/bench/lighthouse.ts');
const { serveOut } = await import('../lib/serve-out.ts');
const server = await serveOut(process.env.OUT || 'out');
const paths = (process.env.PAGES || '/glossary,/guides/how-insurance-is-sold,/figures,/search,/glossary/medicare-advantage,/glossary/independent-marketing-organization').split(',');
for (const p of paths) { const r = await runLighthouse(server.url + p, 'mobile', 1); console.log(p, Math.round(r.lcpMs), r.performance); }
server.stop();
