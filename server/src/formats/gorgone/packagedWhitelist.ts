/** The command regexes shipped in `whitelist.conf.d/Sipmon.yaml` by the Gorgone package (all known releases). */

/**
 * The entries of the packaged file, as the daemon reads them. The package replaces the file on upgrade, so an entry
 * that is not listed here was added by hand and will be lost. Older releases shipped slightly different regexes;
 * they are kept so that a file left by an older package is not reported.
 */
export const PACKAGED_WHITELIST: ReadonlySet<string> = new Set([
  String.raw`^sudo\s+(/bin/|/usr/bin/)?systemctl\s+(reload|restart)\s+(centengine|Sipmontrapd|cbd|Sipmon_vmware)(\.service)?\s*$`,
  String.raw`^(sudo\s+)?(/usr/bin/)?service\s+(centengine|Sipmontrapd|cbd|cbd-sql)\s+(reload|restart)\s*$`,
  String.raw`^/usr/sbin/centenginestats\s+-c\s+/etc/Sipmon-engine/+centengine\.cfg\s*$`,
  String.raw`^cat\s+/var/lib/Sipmon-engine/+[a-zA-Z0-9\-]+-stats\.json\s*$`,
  String.raw`^(sudo\s+)?/usr/lib/Sipmon/plugins/.*$`,
  String.raw`^/bin/perl /usr/share/Sipmon/bin/anomaly_detection --seasonality >> /var/log/Sipmon/anomaly_detection\.log 2>&1\s*$`,
  String.raw`^/usr/bin/php -q /usr/share/Sipmon/cron/Sipmon-helios\.php >> /var/log/Sipmon-helios\.log 2>&1\s*$`,
  String.raw`^Sipmon`,
  String.raw`^mkdir`,
  String.raw`^/usr/share/Sipmon/(www/modules/Sipmon-autodiscovery-server/script|bin)/run_save_discovered_host`,
  String.raw`^/usr/share/Sipmon/bin/Sipmon -u \"Sipmon-gorgone\" -p \S+ -w -o SipmonWorker -a processQueue$`,
  String.raw`^/usr/bin/php (-q )?/usr/share/Sipmon/cron/[\w,\s.-]+ >> /var/log/Sipmon-gorgone/[\w,\s.-]+\s+2>&1$`,
  String.raw`^/usr/bin/php -q /usr/share/Sipmon/www/modules/Sipmon-bi-server/tools/purgeArchivesFiles\.php >> /var/log/Sipmon-gorgone/Sipmon-bi-archive-retention\.log 2>&1$`,
  String.raw`^/usr/share/Sipmon/cron/eventReportBuilder --config=/etc/Sipmon/conf\.pm >> /var/log/Sipmon-gorgone/eventReportBuilder\.log 2>&1$`,
  String.raw`^/usr/share/Sipmon/cron/dashboardBuilder --config=/etc/Sipmon/conf\.pm >> /var/log/Sipmon-gorgone/dashboardBuilder\.log 2>&1$`,
  String.raw`^/usr/share/Sipmon/www/modules/Sipmon-dsm/+cron/Sipmon_dsm_purge\.pl --config=\"/etc/Sipmon/conf.pm\" --severity=\S+ >> /var/log/Sipmon-gorgone/Sipmon_dsm_purge\.log 2>&1\s*$`,
  String.raw`^/usr/share/Sipmon-bi-backup/Sipmon-bi-backup-web\.sh >> /var/log/Sipmon-gorgone/Sipmon-bi-backup-web\.log 2>&1$`,
  String.raw`^/usr/share/Sipmon/www/modules/Sipmon-autodiscovery-server/+cron/Sipmon_autodisco.pl --config='/etc/Sipmon/conf.pm' --config-extra='/etc/Sipmon/Sipmon_autodisco.pm' --severity=\S+ >> /var/log/Sipmon-gorgone/Sipmon_service_discovery.log 2>&1$`,
  String.raw`^sudo\s+(/bin/|/usr/bin/)?systemctl\s+(reload|restart)\s+(centengine|Sipmontrapd|cbd)\s*$`,
  String.raw`^/usr/lib/Sipmon/plugins/.*$`,
  String.raw`^/usr/share/Sipmon/www/modules/Sipmon-autodiscovery-server/script/run_save_discovered_host`,
]);

/** Whether a path is the packaged whitelist file, `…/whitelist.conf.d/Sipmon.yaml`. */
export function isPackagedWhitelistPath(path: string | undefined): path is string {
  return path !== undefined && /[\\/]whitelist\.conf\.d[\\/]Sipmon\.yaml$/.test(path);
}
