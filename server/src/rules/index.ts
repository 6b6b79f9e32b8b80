/** The registry: every rule, listed explicitly. */
import { RuleSet } from '../core/engine';
import { AnyRule, RuleMeta } from '../core/rule';
import fingerprintModeAlways from './gorgone/fingerprint-mode-always';
import gorgoneSyntax from './gorgone/syntax';
import unknownRule from './sipmon/unknown-rule';
import unusedSuppression from './sipmon/unused-suppression';

/** Rules with a check over a format's model. */
export const checkedRules: readonly AnyRule[] = [
  fingerprintModeAlways,
];

/** Findings the engine makes itself. */
export const engineRules: readonly RuleMeta[] = [gorgoneSyntax, unknownRule, unusedSuppression];

export const allRules: readonly RuleMeta[] = [...checkedRules, ...engineRules].sort((a, b) => a.id.localeCompare(b.id));

export const ruleSet: RuleSet = {
  checked: checkedRules,
  byId: new Map(allRules.map((rule) => [rule.id, rule])),
};
