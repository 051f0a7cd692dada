/** Swaps the `electron` module for a minimal mock in every unit test (no Electron binary here). */
import { vi } from 'vitest';

vi.mock('electron', () => import('../mocks/electron.ts'));
