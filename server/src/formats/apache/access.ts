/** Apache 2.2 access control (mod_access_compat's Order/Allow/Deny) and its Apache 2.4 `Require` equivalent. */
import { ApacheDirective } from './model';

export const LEGACY_ACCESS = ['order', 'allow', 'deny'];

/** `Require` lines granting the hosts of `Allow from …` (any of them may match). */
function requireFor(hosts: readonly string[]): string[] | undefined {
  const ips = hosts.filter((host) => /^[0-9a-f.:/]+$/i.test(host) && /[.:]/.test(host));
  const envs = hosts.filter((host) => host.toLowerCase().startsWith('env='));
  const names = hosts.filter((host) => !ips.includes(host) && !envs.includes(host));
  if (envs.some((env) => env.startsWith('env=!') || env.length === 4)) {
    return undefined;
  }
  return [
    ...(ips.length > 0 ? [`Require ip ${ips.join(' ')}`] : []),
    ...(names.length > 0 ? [`Require host ${names.join(' ')}`] : []),
    ...envs.map((env) => `Require env ${env.slice(4)}`),
  ];
}

/**
 * The `Require` lines that grant exactly what these Order/Allow/Deny lines grant, or undefined when no plain
 * list of `Require` does (specific Deny hosts under a default allow, mutual-failure, unreadable lines).
 */
export function requireEquivalent(legacy: readonly ApacheDirective[]): string[] | undefined {
  let order = 'deny,allow';
  const allows: string[] = [];
  const denies: string[] = [];
  for (const directive of legacy) {
    const values = directive.args.map((arg) => arg.value);
    if (directive.key === 'order') {
      order = values.join('').toLowerCase();
      continue;
    }
    if (values[0]?.toLowerCase() !== 'from' || values.length < 2) {
      return undefined;
    }
    (directive.key === 'allow' ? allows : denies).push(...values.slice(1).map((host) => (host.toLowerCase() === 'all' ? 'all' : host)));
  }
  const allowAll = allows.includes('all');
  const denyAll = denies.includes('all');
  if (order === 'allow,deny') {
    if (denyAll || allows.length === 0) {
      return ['Require all denied'];
    }
    return denies.length > 0 ? undefined : allowAll ? ['Require all granted'] : requireFor(allows);
  }
  if (order === 'deny,allow') {
    if (denies.length === 0 || allowAll) {
      return ['Require all granted'];
    }
    return !denyAll ? undefined : allows.length === 0 ? ['Require all denied'] : requireFor(allows);
  }
  return undefined;
}
