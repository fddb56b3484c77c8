const { measureDev } = await import('../lib/bench/dev.ts');
console.log(JSON.stringify(await measureDev(), null, 1));
