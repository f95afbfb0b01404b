import { setFlagsFromString } from 'node:v8';

/*
 * Imported first by the CLI (main.ts), before any module that builds a pattern, so that it holds for every regular
 * expression of the process and of its worker threads (V8's flags are per process).
 *
 * By default V8 runs a new regular expression in its bytecode interpreter once and compiles it to machine code on the
 * second run (tier-up). It also stops optimising the machine code it compiles (no Boyer-Moore skipping, no quick
 * checks) once a thread holds more than 16 MB of executable code and has generated more than 1 MB of regexp code, the
 * interpreter's bytecode included. De-identification and triage are some 1,500 patterns, many of them alternations of
 * hundreds of words: a prepare worker passes both limits early, and every pattern compiled after that runs several
 * times slower. Whichever of the two ran first in a process was fast and the other slow (3,000 archive threads:
 * de-identification first, 151 µs and triage 525 µs a thread; triage first, 537 µs and 216 µs). Compiling to machine
 * code straight away, without the interpreter's bytecode, kept triage near its cost alone and cut the CPU of a 100k
 * import by about a third (measured, session 12, docs/benchmarks.md "Session 12: import speed"). The patterns' results
 * are the same either way: only how V8 runs them changes.
 */
setFlagsFromString('--no-regexp-tier-up');
