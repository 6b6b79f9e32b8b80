/** The check bantime-short and findtime-short share: the Sipmon jail's effective time option below ten minutes. */
import { RuleContext } from '../../core/rule';
import { IniDocument } from '../ini/model';
import { jailConfiguration } from './context';
import { SIPMON_JAIL } from './effective';
import { placeOption } from './placement';
import { describeSeconds, timeToSeconds } from './time';

const MINIMUM_SECONDS = 600;
const HARDENED = '10m';

/**
 * Reports `option` of the Sipmon jail when its effective value is under ten minutes, where that value is set.
 * A negative value counts as long enough when `negativeIsPermanent` (a negative bantime bans for ever).
 */
export function reportShortTime(context: RuleContext<IniDocument>, option: 'bantime' | 'findtime', negativeIsPermanent: boolean): void {
  const place = placeOption(jailConfiguration(context), SIPMON_JAIL, option);
  const value = place?.effective.value;
  const seconds = value === undefined ? undefined : timeToSeconds(value);
  if (!place || value === undefined || seconds === undefined || (negativeIsPermanent && seconds < 0) || seconds >= MINIMUM_SECONDS) {
    return;
  }
  const edits = place.fix(HARDENED);
  context.report({
    messageId: 'short',
    data: { value: value.trim(), duration: describeSeconds(Math.max(seconds, 0)), origin: place.origin, advice: place.advice },
    span: place.span,
    fixes: edits ? [{ title: `Set ${option} = ${HARDENED}`, edits }] : [],
  });
}
