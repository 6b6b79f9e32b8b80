/** gorgone/tls-verify-disabled: the tpapi client does not check the web API's certificate unless curlopts turns it on. */
import { defineRule } from '../../core/rule';
import { Fix } from '../../core/types';
import { GorgoneModel } from '../../formats/gorgone/model';
import { parseUrl } from '../../formats/gorgone/url';
import { replaceValue, setPair } from '../../formats/yaml/edits';
import { asMap, asScalar, get, getPair, YamlMap } from '../../formats/yaml/model';

const VERIFY_KEY = 'CURLOPT_SSL_VERIFYPEER';

/** The whole list, since curlopts replaces the client's defaults: POSTREDIR keeps http→https POST redirects working. */
const HARDENED_CURLOPTS = { [VERIFY_KEY]: 1, CURLOPT_POSTREDIR: 'CURL_REDIR_POST_ALL' };

const JUDGEMENT = { needsJudgement: true } as const;

/** libcurl reads the option as a number: verification is on for any non-zero number (`true` or `yes` read as 0). */
function turnsVerificationOn(text: string): boolean {
  const number = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)/.exec(text);
  return number !== null && Number(number[0]) !== 0;
}

export default defineRule<GorgoneModel>({
  id: 'gorgone/tls-verify-disabled',
  format: 'gorgone',
  severity: 'info',
  description: 'The tpapi client does not verify the certificate of an https:// web API.',
  rationale: 'The tpapi client\'s default curl options are `CURLOPT_SSL_VERIFYPEER => 0` and `CURLOPT_POSTREDIR => CURL_REDIR_POST_ALL`: an `https://` base_url is encrypted but the server certificate is not checked, so a man in the middle can collect the API credentials. A non-empty `curlopts` map replaces that whole list; `CURLOPT_SSL_VERIFYPEER: 1` turns verification on.',
  messages: {
    defaults: 'base_url "{{url}}" is https, but with no curlopts the client keeps its default and skips certificate verification (CURLOPT_SSL_VERIFYPEER 0); set curlopts with CURLOPT_SSL_VERIFYPEER: 1.',
    disabled: 'CURLOPT_SSL_VERIFYPEER "{{value}}" turns certificate verification off for {{url}}; use 1.',
  },
  fixable: true,
  check({ model, text, report }) {
    for (const entry of model.tpapi) {
      const base = asScalar(get(entry, 'base_url'));
      if (base === undefined || parseUrl(base.text)?.scheme !== 'https') {
        continue;
      }
      const curlopts = getPair(entry, 'curlopts');
      const options = asMap(curlopts?.value);
      if (curlopts?.value?.tag !== undefined) {
        // An included or tagged value: its content is not known here.
        continue;
      }
      if (options === undefined || options.pairs.length === 0) {
        // Absent, empty or not a map: the client keeps its defaults, verification off.
        report({ messageId: 'defaults', data: { url: base.text }, span: base.span, fixes: [addCurlopts(text, entry)] });
        continue;
      }
      const verify = getPair(options, VERIFY_KEY);
      const value = asScalar(verify?.value);
      if (verify !== undefined && (value === undefined || !turnsVerificationOn(value.text))) {
        // A non-empty map without the key leaves libcurl's own default, which verifies.
        const fix: Fix = { title: `Set ${VERIFY_KEY} to 1`, edits: [replaceValue(verify, 1)], ...JUDGEMENT };
        report({ messageId: 'disabled', data: { value: value?.text ?? '', url: base.text }, span: verify.value?.span ?? verify.keySpan, fixes: [fix] });
      }
    }
  },
});

function addCurlopts(text: string, entry: YamlMap): Fix {
  return { title: 'Add curlopts with certificate verification', edits: [setPair(text, entry, 'curlopts', HARDENED_CURLOPTS)], ...JUDGEMENT };
}
