// Loaded with --import by bench/cli.ts: at exit, the CPU time the whole process used (user +
// system, Node's start-up included) as one line on stderr.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncli-probe-cpu-ms ${(user + system) / 1000}\n`);
});
