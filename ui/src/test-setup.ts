import { cleanup, configure } from '@testing-library/preact';
import { afterAll, afterEach } from 'vitest';

afterEach(() => cleanup());

// The tests may run beside a Rust build on two cores: a wait for the page to change gets ten
// seconds, not one, before it counts as a failure. A passing test waits no longer for it.
configure({ asyncUtilTimeout: 10_000 });

// Preact runs effects after the next frame, falling back to a 100 ms timer. A render at the very
// end of a file would otherwise fire that timer after the page is torn down. Timers fire in the
// order they fall due, so one set later and longer runs after it, whatever the machine's load.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
