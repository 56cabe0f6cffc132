import { readFileSync } from 'node:fs';
import { rules, type RuleSettings } from '../check/index.js';

/** The config file read from the working folder, when it is there. */
export const CONFIG_FILE = 'factsheet.config.json';
const LEVELS = new Set(['off', 'error', 'warning', 'info']);

/**
 * Rule settings from factsheet.config.json (`{"rules": {"relation": "off"}}`) and then the
 * `--rule id=level` options, which win. An unknown rule or level is an error message.
 */
export function ruleSettings(options: string[], configPath = CONFIG_FILE): RuleSettings | string {
  const settings: RuleSettings = {};
  let text: string | undefined;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch {
    text = undefined;
  }
  const pairs: Array<[string, unknown]> = [];
  if (text !== undefined) {
    let config: unknown;
    try {
      config = JSON.parse(text);
    } catch (error) {
      return `${configPath}: not JSON (${(error as Error).message})`;
    }
    const listed = (config as { rules?: unknown } | null)?.rules ?? {};
    if (typeof listed !== 'object' || listed === null || Array.isArray(listed))
      return `${configPath}: "rules" must be an object of rule ids`;
    pairs.push(...Object.entries(listed));
  }
  for (const option of options) {
    const [id, level] = option.split('=');
    pairs.push([id ?? '', level]);
  }
  const ids = new Set(rules.map((r) => r.id));
  for (const [id, level] of pairs) {
    if (!ids.has(id)) return `unknown rule "${id}" (rules: ${[...ids].join(', ')})`;
    if (typeof level !== 'string' || !LEVELS.has(level)) return `rule "${id}" takes off, error, warning or info`;
    settings[id] = level as RuleSettings[string];
  }
  return settings;
}
