/** Metadata of `sipmon/file-too-large`: a file over the size limit, skipped instead of parsed. */
import { FILE_TOO_LARGE_ID } from '../../core/fileSize';
import { RuleMeta } from '../../core/rule';

const fileTooLarge: RuleMeta = {
  id: FILE_TOO_LARGE_ID,
  format: 'sipmon',
  severity: 'info',
  description: 'The file is larger than "maxFileSize" (5 MB by default), so it was not checked.',
  rationale: 'Real Sipmon configuration files are a few kilobytes. A file of several megabytes is most likely generated or a dump, and parsing it on every keystroke would stall the editor; none of its settings are checked, so raise the limit if it really is a configuration file.',
  messages: {},
  fixable: false,
};

export default fileTooLarge;
