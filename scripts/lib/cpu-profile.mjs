/**
 * Preloaded into the server by `npm run bench:load -- --cpu-prof DIR`, through NODE_OPTIONS=--import: Node refuses
 * --cpu-prof there, and `next start` passes its own flags on to its server process only through NODE_OPTIONS.
 * Profiles every process it is loaded into and writes `<pid>.cpuprofile` into CPU_PROFILE_DIR at exit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const dir = process.env.CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
  // An in-thread inspector session answers synchronously, so this still runs inside an exit handler.
  process.on('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
