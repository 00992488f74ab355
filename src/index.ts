// vnner public API.
export { extract, STAGES, type ExtractOptions } from './pipeline.js';
export { normalize, fold, type NormalizedText } from './text/normalize.js';
export { decode, encode, DecodeError, type EncodingName, type Decoded } from './text/decode.js';
export { tokenize, atomize, type Token } from './segment/tokens.js';
export { loadLexicon, Lexicon } from './lexicon/lexicon.js';
export { formatJsonl, formatJson, formatCsv, csvRows, CSV_COLUMNS } from './output/formats.js';
export { formatPretty } from './output/pretty.js';
export { scoreDocument, summarize, type Gold } from './eval/score.js';
export type { DocumentResult, Person, Role, Organization, DateMention, Mention, ErrorRecord, EntityType } from './types.js';
