import type { Command } from "commander";

/** Every `faircollect` sub-command, one factory per file in this folder. */
export const commands: Array<() => Command> = [];
