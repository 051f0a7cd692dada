/** Builds the app once before the end-to-end suites (they serve out/renderer like `npm start` does). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' });
}
