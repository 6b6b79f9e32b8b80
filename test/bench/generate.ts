/** Generated inputs of a given size for each format: thousands of modules, endpoints, jails, sections and vhosts, with some insecure settings so that the rules have work. */

export interface GeneratedFormat {
  /** Row label. */
  label: string;
  /** Path it is linted at. */
  path: string;
  /** The text, repeating `unit(i)` after `head` until it reaches `bytes`. */
  generate(bytes: number): string;
}

function repeatUntil(bytes: number, head: string, unit: (index: number) => string, tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let index = 0; size < bytes; index++) {
    const part = unit(index);
    parts.push(part);
    size += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

const gorgoneModule = (i: number) => `    - name: action${i}
      package: "gorgone::modules::core::action::hooks"
      enable: true
      command_timeout: 30
      whitelist_cmds: ${i % 2 === 0 ? 'true' : 'false'}
      allowed_cmds:
        - ^sudo\\s+(/bin/|/usr/bin/)?systemctl\\s+(reload|restart)\\s+(Sipmon-engine|Sipmon-broker)\\s*$
    - name: httpserver${i}
      package: "gorgone::modules::core::httpserver::hooks"
      enable: true
      address: "0.0.0.0"
      port: "${8000 + (i % 1000)}"
      ssl: ${i % 3 === 0 ? 'true' : 'false'}
      auth:
        enabled: ${i % 2 === 0 ? 'true' : 'false'}
        user: admin
        password: "pass${i}"
      allowed_hosts:
        enabled: true
        subnets:
          - 127.0.0.1/32
          - 10.${i % 250}.0.0/16
`;

const brokerXmlEndpoints = (i: number) => `    <output>
      <name>central-broker-master-sql-${i}</name>
      <type>sql</type>
      <db_type>mysql</db_type>
      <db_host>localhost</db_host>
      <db_port>3306</db_port>
      <db_user>Sipmon</db_user>
      <db_password>Sipmon${i % 2 === 0 ? '' : `-${i}-Xk29!fQ`}</db_password>
      <db_name>Sipmon_storage</db_name>
    </output>
    <input>
      <name>central-broker-master-input-${i}</name>
      <port>${5669 + (i % 1000)}</port>
      <protocol>bbdo</protocol>
      <tls>${i % 2 === 0 ? 'no' : 'yes'}</tls>
      <compression>yes</compression>
      <host>10.0.${i % 250}.1</host>
    </input>
`;

const brokerJsonEndpoints = (i: number) => `      {
        "name": "central-broker-master-sql-${i}",
        "type": "sql",
        "db_type": "mysql",
        "db_host": "localhost",
        "db_port": "3306",
        "db_user": "Sipmon",
        "db_password": "Sipmon${i % 2 === 0 ? '' : `-${i}-Xk29!fQ`}",
        "db_name": "Sipmon_storage"
      },
      {
        "name": "central-broker-master-output-${i}",
        "port": "${5670 + (i % 1000)}",
        "host": "10.0.${i % 250}.1",
        "protocol": "bbdo",
        "tls": "${i % 2 === 0 ? 'no' : 'yes'}",
        "compression": "yes",
        "type": "ipv4"
      },
`;

const jail = (i: number) => `[jail${i}]
enabled = ${i % 2 === 0 ? 'true' : 'false'}
port = http,https
filter = Sipmon
logpath = /var/log/Sipmon/login.log
backend = auto
maxretry = ${i % 10}
bantime = ${i % 2 === 0 ? '10m' : '600'}
findtime = 10m
ignoreip = 127.0.0.1/8 10.${i % 250}.0.0/16

`;

const opensslSections = (i: number) => `[ v3_server_${i} ]
basicConstraints = ${i % 2 === 0 ? 'CA:FALSE' : 'CA:TRUE'}
keyUsage = digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = @alt_names_${i}

[ alt_names_${i} ]
DNS.1 = host${i}.example.com
DNS.2 = www.host${i}.example.com
IP.1 = 10.0.${i % 250}.1

`;

const vhosts = (i: number) => `<VirtualHost *:443>
    ServerName host${i}.example.com
    DocumentRoot /usr/share/Sipmon/www
    SSLEngine on
    SSLProtocol ${i % 2 === 0 ? 'all -SSLv3' : '-all +TLSv1.2 +TLSv1.3'}
    SSLCipherSuite HIGH:!aNULL:!MD5
    SSLCertificateFile /etc/pki/tls/certs/host${i}.crt
    SSLCertificateKeyFile /etc/pki/tls/private/host${i}.key
    Header always set Strict-Transport-Security "max-age=63072000"
    <Directory "/usr/share/Sipmon/www">
        Options ${i % 2 === 0 ? 'Indexes' : '-Indexes'}
        AllowOverride None
        Require all granted
    </Directory>
</VirtualHost>
<VirtualHost *:80>
    ServerName host${i}.example.com
    Redirect permanent / https://host${i}.example.com/
</VirtualHost>

`;

export const GENERATED: Record<string, GeneratedFormat> = {
  gorgone: {
    label: 'Gorgone YAML (modules)',
    path: '/etc/Sipmon-gorgone/config.d/40-gorgoned.yaml',
    generate: (bytes) => repeatUntil(bytes, 'gorgone:\n  gorgonecore:\n    id: 1\n    internal_com_crypt: true\n  modules:\n', gorgoneModule),
  },
  brokerXml: {
    label: 'Broker XML (endpoints)',
    path: '/etc/Sipmon-broker/central-broker.xml',
    generate: (bytes) => repeatUntil(bytes, '<?xml version="1.0" encoding="UTF-8"?>\n<SipmonBroker>\n  <broker_id>1</broker_id>\n  <broker_name>central-broker-master</broker_name>\n', brokerXmlEndpoints, '</SipmonBroker>\n'),
  },
  brokerJson: {
    label: 'Broker JSON (endpoints)',
    path: '/etc/Sipmon-broker/central-broker.json',
    generate: (bytes) => repeatUntil(bytes, '{\n  "SipmonBroker": {\n    "broker_id": 1,\n    "broker_name": "central-broker-master",\n    "output": [\n', brokerJsonEndpoints, '      {"name": "last", "type": "ipv4"}\n    ]\n  }\n}\n'),
  },
  fail2ban: {
    label: 'fail2ban (jails)',
    path: '/etc/fail2ban/jail.local',
    generate: (bytes) => repeatUntil(bytes, '[DEFAULT]\nbantime = 1h\n\n[Sipmon]\nenabled = true\nport = http,https\nlogpath = /var/log/Sipmon/login.log\n\n', jail),
  },
  openssl: {
    label: 'openssl.cnf (sections)',
    path: '/etc/ssl/openssl.cnf',
    generate: (bytes) => repeatUntil(bytes, '[ req ]\ndefault_bits = 2048\ndefault_md = sha256\ndistinguished_name = dn\nx509_extensions = v3_server_0\n\n[ dn ]\nCN = Sipmon\n\n', opensslSections),
  },
  apache: {
    label: 'Apache (vhosts)',
    path: '/etc/apache2/sites-available/Sipmon.conf',
    generate: (bytes) => repeatUntil(bytes, 'ServerTokens Prod\nServerSignature Off\nTraceEnable off\n\n', vhosts),
  },
};
